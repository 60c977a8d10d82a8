import { recordAudit } from '../../../platform/audit/audit.ts';
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
    const user = await loadStaffUser(trx, organisationId, userId);
    if (unitId !== null && !(await findUnit(trx, organisationId, unitId))) {
      throw refuse.invalid({ unitId: { key: 'accounts.placement.unknownUnit' } });
    }
    if (user.unit_id === unitId) return;
    await trx
      .updateTable('users')
      .set({ unit_id: unitId, updated_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'users'))
      .where('id', '=', userId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId,
        actorUserId: actorId,
        action: AUDIT_ACTIONS.userPlace,
        subjectType: 'user',
        subjectId: userId,
        details: { unitId },
      },
      now,
    );
  });
}
