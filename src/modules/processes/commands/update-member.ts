import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { MemberInput } from '../schemas.ts';
import { auditProcessChange, checkMemberSector, requireBody } from './command-support.ts';

/** Saves a member's position title, responsibility and sector; 404 unless the member is the body's. */
export async function updateMember(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string; memberId: string },
  input: MemberInput,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireBody(trx, actor.organisationId, ids.processId, ids.bodyId);
    const existing = await trx
      .selectFrom('body_members')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .where('id', '=', ids.memberId)
      .executeTakeFirst();
    if (!existing) throw refuse.notFound();
    await checkMemberSector(trx, actor.organisationId, ids.bodyId, input.sectorId);
    await trx
      .updateTable('body_members')
      .set({
        position_title: JSON.stringify(input.positionTitle),
        responsibility: JSON.stringify(input.responsibility),
        sector_id: input.sectorId,
      })
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .where('id', '=', ids.memberId)
      .execute();
    const details = { ...ids, positionTitle: input.positionTitle.fi };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.member.update', subjectType: 'member', subjectId: ids.memberId, details },
      now,
    );
  });
}
