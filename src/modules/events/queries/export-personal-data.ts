import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { PersonalDataSubject } from '../../../platform/personal-data.ts';

/**
 * A person's part of "download my data": their registrations (made while
 * signed in, or with the account's e-mail) with the answers still kept, and
 * their invitations. Link hashes and other people's data stay out.
 */
export async function exportEventsPersonalData(context: AppContext, subject: PersonalDataSubject) {
  const user = await context.db
    .selectFrom('users')
    .select('email')
    .$call(inOrganisation(subject.organisationId, 'users'))
    .where('id', '=', subject.userId)
    .executeTakeFirst();
  const email = user?.email ?? '';
  const registrations = await context.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.event_id')
    .select([
      'event_registrations.id',
      'events.title',
      'events.starts_at',
      'event_registrations.status',
      'event_registrations.name',
      'event_registrations.email',
      'event_registrations.attribute_value',
      'event_registrations.locale',
      'event_registrations.checked_in_at',
      'event_registrations.created_at',
      'event_registrations.cancelled_at',
    ])
    .$call(inOrganisation(subject.organisationId, 'event_registrations'))
    .where((eb) => eb.or([eb('event_registrations.user_id', '=', subject.userId), eb('event_registrations.email', '=', email)]))
    .orderBy('event_registrations.created_at')
    .execute();
  const answers = await context.db
    .selectFrom('event_answers')
    .innerJoin('event_questions', 'event_questions.id', 'event_answers.question_id')
    .select(['event_answers.registration_id', 'event_questions.label', 'event_answers.value'])
    .$call(inOrganisation(subject.organisationId, 'event_answers'))
    .where('event_answers.registration_id', 'in', registrations.length > 0 ? registrations.map((row) => row.id) : [''])
    .execute();
  const invitations = await context.db
    .selectFrom('event_invitations')
    .select(['event_id', 'email', 'created_at'])
    .$call(inOrganisation(subject.organisationId, 'event_invitations'))
    .where('email', '=', email)
    .execute();
  return {
    registrations: registrations.map((row) => ({
      event: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
      startsAt: row.starts_at,
      status: row.status,
      name: row.name,
      email: row.email,
      unitOrSector: row.attribute_value,
      language: row.locale,
      checkedInAt: row.checked_in_at,
      registeredAt: row.created_at,
      cancelledAt: row.cancelled_at,
      answers: answers
        .filter((answer) => answer.registration_id === row.id)
        .map((answer) => ({ question: parseJsonColumn<LocalizedText>(answer.label, { fi: '' }), answer: answer.value })),
    })),
    invitations: invitations.map((row) => ({ eventId: row.event_id, email: row.email, invitedAt: row.created_at })),
  };
}
