import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { MemberInput } from '../schemas.ts';
import { auditProcessChange, checkMemberSector, nextPosition, requireBody } from './command-support.ts';

/** Adds a member (by position title) to a body of the process; answers the member's id. */
export async function addMember(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string },
  input: MemberInput,
  now: Date,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireBody(trx, actor.organisationId, ids.processId, ids.bodyId);
    await checkMemberSector(trx, actor.organisationId, ids.bodyId, input.sectorId);
    const last = await trx
      .selectFrom('body_members')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .executeTakeFirst();
    await trx
      .insertInto('body_members')
      .values({
        id,
        organisation_id: actor.organisationId,
        body_id: ids.bodyId,
        user_id: null,
        position_title: JSON.stringify(input.positionTitle),
        responsibility: JSON.stringify(input.responsibility),
        sector_id: input.sectorId,
        position: nextPosition(last),
        created_at: now.toISOString(),
      })
      .execute();
    const details = { ...ids, positionTitle: input.positionTitle.fi };
    await auditProcessChange(trx, actor, { action: 'processes.member.add', subjectType: 'member', subjectId: id, details }, now);
  });
  return id;
}
