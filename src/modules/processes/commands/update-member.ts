import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AccountLookups } from '../../../platform/module.ts';
import type { MemberInput } from '../schemas.ts';
import { auditProcessChange, checkMemberSector, requireSeat } from './command-support.ts';
import { type SeatInvitationToSend, setSeatPerson } from './seat-person.ts';

/**
 * Saves a seat's position title, responsibility, sector, role and person (`setSeatPerson`);
 * 404 unless the seat is the body's. Answers the invitation to mail, if one was made.
 */
export async function updateMember(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string; memberId: string },
  input: MemberInput,
  now: Date,
  options: { accounts: AccountLookups; locale: string },
): Promise<{ invitation: SeatInvitationToSend | null }> {
  return db.transaction().execute(async (trx) => {
    const existing = await requireSeat(trx, actor.organisationId, ids);
    await checkMemberSector(trx, actor.organisationId, ids.bodyId, input.sectorId);
    await trx
      .updateTable('body_members')
      .set({
        position_title: JSON.stringify(input.positionTitle),
        responsibility: JSON.stringify(input.responsibility),
        sector_id: input.sectorId,
        seat_role: input.seatRole,
      })
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .where('id', '=', ids.memberId)
      .execute();
    const { person, invitation } = await setSeatPerson(trx, actor.organisationId, ids.memberId, existing, input, { ...options, now });
    const details = { ...ids, positionTitle: input.positionTitle.fi, seatRole: input.seatRole, person };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.member.update', subjectType: 'member', subjectId: ids.memberId, details },
      now,
    );
    return { invitation };
  });
}
