import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { bumpPageVersion } from '../../../platform/http/page-cache.ts';

/** What changed, for the audit log: `processes.phase.create` on phase 123. */
export interface ProcessChange {
  action: string;
  subjectType: 'process' | 'phase' | 'body' | 'member' | 'sector' | 'timeline_item';
  subjectId: string;
  details?: Record<string, unknown>;
}

/**
 * Records a change to a process or its parts and moves the organisation's page version
 * on (cached public pages show processes); call it inside the transaction that makes the
 * change, as its last step.
 */
export async function auditProcessChange(trx: Db, actor: Actor, change: ProcessChange, now: Date): Promise<void> {
  await recordAudit(
    trx,
    {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: change.action,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      details: change.details ?? {},
    },
    now,
  );
  await bumpPageVersion(trx, actor.organisationId);
}

/** The next free position after a list's largest one (0 for the first item). */
export function nextPosition(last: { position: number | string | null } | undefined): number {
  return last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1;
}

/** 404 unless the body belongs to the process (foreign, unknown and other processes' bodies alike). */
export async function requireBody(trx: Db, organisationId: string, processId: string, bodyId: string): Promise<void> {
  const body = await trx
    .selectFrom('process_bodies')
    .select('id')
    .$call(inOrganisation(organisationId, 'process_bodies'))
    .where('process_id', '=', processId)
    .where('id', '=', bodyId)
    .executeTakeFirst();
  if (!body) throw refuse.notFound();
}

/**
 * A body's seat as it is now (who holds it, the e-mail invited to it), after `requireBody`:
 * 404 unless the seat is the body's and the body the process's.
 */
export async function requireSeat(trx: Db, organisationId: string, ids: { processId: string; bodyId: string; memberId: string }) {
  await requireBody(trx, organisationId, ids.processId, ids.bodyId);
  const seat = await trx
    .selectFrom('body_members')
    .select(['id', 'user_id', 'invited_email'])
    .$call(inOrganisation(organisationId, 'body_members'))
    .where('body_id', '=', ids.bodyId)
    .where('id', '=', ids.memberId)
    .executeTakeFirst();
  if (!seat) throw refuse.notFound();
  return seat;
}

/** 422 at the sector field unless the sector is one of this body's. */
export async function checkMemberSector(trx: Db, organisationId: string, bodyId: string, sectorId: string | null): Promise<void> {
  if (!sectorId) return;
  const sector = await trx
    .selectFrom('body_sectors')
    .select('id')
    .$call(inOrganisation(organisationId, 'body_sectors'))
    .where('body_id', '=', bodyId)
    .where('id', '=', sectorId)
    .executeTakeFirst();
  if (!sector) throw refuse.invalid({ sectorId: { key: 'processes.admin.member.unknownSector' } });
}
