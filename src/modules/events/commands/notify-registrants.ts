import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { isLocale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { composeRegistrationMail, type RegistrationMailKind } from '../compose-mail.ts';
import { linkToken } from '../links.ts';
import { type Event, findEvent } from '../queries/find-event.ts';
import { waitlistPosition } from '../queries/waitlist-position.ts';
import type { EventRegistrationsTable } from '../tables.ts';

/** What sending mail needs of the app. */
export type MailContext = Pick<AppContext, 'db' | 'mailer' | 'translator' | 'clock'>;

/** Where a mail failure is reported; a failure never undoes what the mail tells of. */
export type LogError = (error: unknown, message: string) => void;

/** The organisation's name and time zone, for mails sent outside a request. */
export async function organisationFacts(db: Db, organisationId: string): Promise<{ name: LocalizedText; timeZone: string }> {
  const row = await db.selectFrom('organisations').select(['name', 'time_zone']).where('id', '=', organisationId).executeTakeFirst();
  return { name: parseJsonColumn<LocalizedText>(row?.name, { fi: '' }), timeZone: row?.time_zone ?? 'Europe/Helsinki' };
}

/** What a registration mail needs of the registration. */
export type MailedRegistration = Pick<
  EventRegistrationsTable,
  'id' | 'organisation_id' | 'event_id' | 'seq' | 'quota_id' | 'name' | 'email' | 'locale' | 'site_origin'
>;

/** Sends one registrant one mail in their language; throws when the mail server refuses. */
export async function sendRegistrationMail(
  context: MailContext,
  kind: RegistrationMailKind,
  row: MailedRegistration,
  event: Event,
  organisation: { name: LocalizedText; timeZone: string },
): Promise<void> {
  const locale = isLocale(row.locale) ? row.locale : 'fi';
  const token = await linkToken(context.db, 'registration', row.id, context.clock.now());
  const message = composeRegistrationMail(context.translator, kind, {
    to: row.email,
    name: row.name,
    locale,
    event,
    eventUrl: `${row.site_origin}/${locale}/events/${event.id}`,
    manageUrl: `${row.site_origin}/${locale}/registrations/${token}`,
    timeZone: organisation.timeZone,
    organisationName: localize(organisation.name, locale),
    waitlistPosition: kind === 'waitlisted' ? await waitlistPosition(context.db, row) : undefined,
  });
  await context.mailer.send(message);
}

/** Mails each of the given registrations, each in its own language; failures are logged, not thrown. */
export async function notifyRegistrations(
  context: MailContext,
  organisationId: string,
  registrationIds: string[],
  kind: RegistrationMailKind,
  log: LogError,
): Promise<number> {
  if (registrationIds.length === 0) return 0;
  const rows = await context.db
    .selectFrom('event_registrations')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('id', 'in', registrationIds)
    .execute();
  const events = new Map<string, Event | undefined>();
  const organisation = await organisationFacts(context.db, organisationId);
  let sent = 0;
  for (const row of rows) {
    if (!events.has(row.event_id)) events.set(row.event_id, await findEvent(context.db, organisationId, row.event_id));
    const event = events.get(row.event_id);
    if (!event) continue;
    try {
      await sendRegistrationMail(context, kind, row, event, organisation);
      sent += 1;
    } catch (error) {
      log(error, `events: ${kind} mail to registration ${row.id} failed`);
    }
  }
  return sent;
}

/** Mails everyone still registered for an event (a change or a cancellation). */
export async function notifyEventRegistrants(
  context: MailContext,
  organisationId: string,
  eventId: string,
  kind: RegistrationMailKind,
  log: LogError,
): Promise<number> {
  const rows = await context.db
    .selectFrom('event_registrations')
    .select('id')
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('event_id', '=', eventId)
    .where('status', '<>', 'cancelled')
    .execute();
  return notifyRegistrations(
    context,
    organisationId,
    rows.map((row) => row.id),
    kind,
    log,
  );
}
