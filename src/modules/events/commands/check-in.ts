import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';

/**
 * Marks a confirmed registrant as arrived at the event, or undoes a mark made
 * by mistake. Only someone with a seat can arrive; answers 409 otherwise.
 */
export async function setCheckedIn(
  db: Db,
  actor: Actor,
  target: { eventId: string; registrationId: string },
  arrived: boolean,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('event_registrations')
      .set({ checked_in_at: arrived ? now.toISOString() : null, updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'event_registrations'))
      .where('id', '=', target.registrationId)
      .where('event_id', '=', target.eventId)
      .where('status', '=', 'confirmed')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw refuse.conflict('events.checkIn.notConfirmed');
    const entry = {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: arrived ? 'events.registration.checkIn' : 'events.registration.checkInUndo',
      subjectType: 'event_registration',
      subjectId: target.registrationId,
      details: { eventId: target.eventId },
    };
    await recordAudit(trx, entry, now);
  });
}
