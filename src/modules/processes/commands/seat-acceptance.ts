import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SeatConsentInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';

/**
 * Accepts a seat invitation for the signed-in person: the seat is linked to their account, the
 * invited e-mail cleared and their choice about showing their name kept; the link is used up.
 * A link used (even a moment ago by a concurrent request) or expired is gone (410); one whose
 * seat went to someone else meanwhile is unknown (404).
 */
export async function acceptSeatInvitation(
  db: Db,
  actor: Actor,
  invitation: { id: string; memberId: string; email: string },
  input: SeatConsentInput,
  now: Date,
): Promise<void> {
  const userId = actor.userId;
  if (!userId) throw refuse.forbidden();
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('body_seat_invitations')
      .set({ used_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'body_seat_invitations'))
      .where('id', '=', invitation.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw refuse.gone('processes.seatInvitation.gone');
    const linked = await trx
      .updateTable('body_members')
      .set({ user_id: userId, invited_email: null, name_public_consent: input.namePublic ? 1 : 0 })
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('id', '=', invitation.memberId)
      .where('invited_email', '=', invitation.email)
      .executeTakeFirst();
    if (Number(linked.numUpdatedRows) !== 1) throw refuse.notFound();
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.seat.accept', subjectType: 'member', subjectId: invitation.memberId, details: { namePublic: input.namePublic } },
      now,
    );
  });
}

/** The person's own choice about their name on the public chart for a seat linked to them; 404 for anyone else's seat. */
export async function setSeatConsent(db: Db, actor: Actor, memberId: string, input: SeatConsentInput, now: Date): Promise<void> {
  const userId = actor.userId;
  if (!userId) throw refuse.forbidden();
  await db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('body_members')
      .set({ name_public_consent: input.namePublic ? 1 : 0 })
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('id', '=', memberId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw refuse.notFound();
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.seat.consent', subjectType: 'member', subjectId: memberId, details: { namePublic: input.namePublic } },
      now,
    );
  });
}
