import { type AuditEntry, recordAuditMany } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findUnit } from '../../organisations/index.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { loadStaffUser } from './find-staff-user.ts';
import type { StaffContext } from './staff-context.ts';
import '../tables.ts';

/** Where to place a person: a unit or a work community of the organisation, or nowhere (null). */
export interface Placement {
  organisationId: string;
  userId: string;
  unitId: string | null;
  /** Who places them (the audit entry's actor); null for the system (an import run without a person). */
  actorId: string | null;
}

/** Many people placed at once (an import), with what their audit entries add (`via`). */
export interface Placements {
  organisationId: string;
  actorId: string | null;
  placements: ReadonlyArray<{ userId: string; unitId: string | null }>;
  details?: Record<string, unknown>;
}

/** Ids per statement: well under SQLite's and PostgreSQL's limits on bound values. */
const IDS_PER_STATEMENT = 500;

/** The people's current places, read in parts; a user of another organisation is missing from the answer. */
async function currentUnits(trx: Db, organisationId: string, userIds: string[]): Promise<Map<string, string | null>> {
  const current = new Map<string, string | null>();
  for (let start = 0; start < userIds.length; start += IDS_PER_STATEMENT) {
    const rows = await trx
      .selectFrom('users')
      .select(['id', 'unit_id'])
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', 'in', userIds.slice(start, start + IDS_PER_STATEMENT))
      .execute();
    for (const row of rows) current.set(row.id, row.unit_id);
  }
  return current;
}

/**
 * The rule of placement in a transaction the caller holds (one person's
 * placement, or an import's): every unit must be a unit or work community of
 * the organisation (`invalid` at `unitId`), every person one of its users
 * (`notFound`). Only real changes are written and audited: placing a person
 * where they already are records nothing. Answers the ids of those moved.
 */
export async function placeUsersIn(trx: Db, change: Placements, now: Date): Promise<string[]> {
  const { organisationId, actorId, details } = change;
  for (const unitId of new Set(change.placements.map((placement) => placement.unitId))) {
    if (unitId !== null && !(await findUnit(trx, organisationId, unitId))) {
      throw refuse.invalid({ unitId: { key: 'accounts.placement.unknownUnit' } });
    }
  }
  const current = await currentUnits(trx, organisationId, [...new Set(change.placements.map((placement) => placement.userId))]);
  const moves = change.placements.filter((placement) => {
    if (!current.has(placement.userId)) throw refuse.notFound();
    return current.get(placement.userId) !== placement.unitId;
  });
  const byUnit = new Map<string | null, string[]>();
  for (const move of moves) byUnit.set(move.unitId, [...(byUnit.get(move.unitId) ?? []), move.userId]);
  for (const [unitId, userIds] of byUnit) {
    for (let start = 0; start < userIds.length; start += IDS_PER_STATEMENT) {
      await trx
        .updateTable('users')
        .set({ unit_id: unitId, updated_at: now.toISOString() })
        .$call(inOrganisation(organisationId, 'users'))
        .where('id', 'in', userIds.slice(start, start + IDS_PER_STATEMENT))
        .execute();
    }
  }
  const entries: AuditEntry[] = moves.map((move) => ({
    organisationId,
    actorUserId: actorId,
    action: AUDIT_ACTIONS.userPlace,
    subjectType: 'user',
    subjectId: move.userId,
    details: { unitId: move.unitId, ...details },
  }));
  await recordAuditMany(trx, entries, now);
  return moves.map((move) => move.userId);
}

/**
 * Places a person in a unit or work community (or takes them out of any with
 * null). An unknown or another organisation's unit is refused at `unitId`
 * (422); another organisation's user is not found (404). Placing a person
 * where they already are changes nothing and records nothing.
 */
export async function placeUser(context: Pick<StaffContext, 'db' | 'clock'>, placement: Placement): Promise<void> {
  const { organisationId, userId, unitId, actorId } = placement;
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    await loadStaffUser(trx, organisationId, userId);
    await placeUsersIn(trx, { organisationId, actorId, placements: [{ userId, unitId }] }, now);
  });
}
