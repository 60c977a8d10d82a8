import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { PersonalDataSubject } from '../../../platform/personal-data.ts';
import '../tables.ts';

/** What an erased registration's or invitation's address becomes: unique per row, and deliverable nowhere (RFC 2606 `.invalid`). */
export function erasedAddress(id: string): string {
  return `erased-${id}@invalid`;
}

/**
 * Erases a person from events when their account is deleted (inside its transaction): every
 * registration made with the account or its address loses its name, address, attribute, browser key and
 * answers, and one for an event not yet over is cancelled, so no mail or seat waits for a
 * person who is gone; invitations sent to the address lose it. Counts of past events stay.
 */
export async function eraseEventsPersonalData(trx: Db, subject: PersonalDataSubject & { email: string }, now: Date): Promise<void> {
  const email = subject.email.toLowerCase();
  const timestamp = now.toISOString();
  const registrations = await trx
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.event_id')
    .select(['event_registrations.id', 'event_registrations.status', 'events.ends_at'])
    .$call(inOrganisation(subject.organisationId, 'event_registrations'))
    .where((eb) => eb.or([eb('event_registrations.user_id', '=', subject.userId), eb('event_registrations.email', '=', email)]))
    .execute();
  for (const registration of registrations) {
    await trx
      .deleteFrom('event_answers')
      .$call(inOrganisation(subject.organisationId, 'event_answers'))
      .where('registration_id', '=', registration.id)
      .execute();
    const upcoming = registration.status !== 'cancelled' && registration.ends_at > timestamp;
    await trx
      .updateTable('event_registrations')
      .set({
        name: '',
        email: erasedAddress(registration.id),
        attribute_value: null,
        user_id: null,
        browser_key: null,
        updated_at: timestamp,
        ...(upcoming ? { status: 'cancelled' as const, pool: null, cancelled_at: timestamp } : {}),
      })
      .$call(inOrganisation(subject.organisationId, 'event_registrations'))
      .where('id', '=', registration.id)
      .execute();
  }
  const invitations = await trx
    .selectFrom('event_invitations')
    .select('id')
    .$call(inOrganisation(subject.organisationId, 'event_invitations'))
    .where('email', '=', email)
    .execute();
  for (const invitation of invitations) {
    await trx
      .updateTable('event_invitations')
      .set({ email: erasedAddress(invitation.id) })
      .$call(inOrganisation(subject.organisationId, 'event_invitations'))
      .where('id', '=', invitation.id)
      .execute();
  }
}
