import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AccountLookups } from '../../../platform/module.ts';
import type { MemberInput } from '../schemas.ts';
import { auditProcessChange, checkMemberSector, nextPosition, requireBody } from './command-support.ts';
import { type SeatInvitationToSend, setSeatPerson } from './seat-person.ts';

/**
 * Adds a seat (by position title and role) to a body of the process, with its person if given
 * (`setSeatPerson`); answers the seat's id and the invitation to mail, if one was made.
 */
export async function addMember(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string },
  input: MemberInput,
  now: Date,
  options: { accounts: AccountLookups; locale: string },
): Promise<{ id: string; invitation: SeatInvitationToSend | null }> {
  const id = newId();
  return db.transaction().execute(async (trx) => {
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
        seat_role: input.seatRole,
        position: nextPosition(last),
        created_at: now.toISOString(),
      })
      .execute();
    const seat = { user_id: null, invited_email: null };
    const { person, invitation } = await setSeatPerson(trx, actor.organisationId, id, seat, input, { ...options, now });
    const details = { ...ids, positionTitle: input.positionTitle.fi, seatRole: input.seatRole, person };
    await auditProcessChange(trx, actor, { action: 'processes.member.add', subjectType: 'member', subjectId: id, details }, now);
    return { id, invitation };
  });
}
