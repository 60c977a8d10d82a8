import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { auditProcessChange, requireSeat } from './command-support.ts';
import { issueSeatInvitation, type SeatInvitationToSend } from './seat-person.ts';

/**
 * Sends a seat's invitation again (a lost or expired mail): a new single-use link to the invited
 * address, in the language of the last invitation (else the manager's), and every earlier link
 * void. Only a seat waiting for an invited e-mail has one to send (409 otherwise); 404 unless the
 * seat is the body's.
 */
export async function resendSeatInvitation(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string; memberId: string },
  now: Date,
  options: { locale: string },
): Promise<{ invitation: SeatInvitationToSend }> {
  return db.transaction().execute(async (trx) => {
    const seat = await requireSeat(trx, actor.organisationId, ids);
    if (seat.user_id !== null || seat.invited_email === null) throw refuse.conflict('processes.admin.member.nothingToResend');
    const last = await trx
      .selectFrom('body_seat_invitations')
      .select('locale')
      .$call(inOrganisation(actor.organisationId, 'body_seat_invitations'))
      .where('member_id', '=', ids.memberId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    const invitation = await issueSeatInvitation(
      trx,
      actor.organisationId,
      ids.memberId,
      seat.invited_email,
      last?.locale ?? options.locale,
      now,
    );
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.seatInvitation.resend', subjectType: 'member', subjectId: ids.memberId, details: { ...ids } },
      now,
    );
    return { invitation };
  });
}
