import { type Locale, localize } from '../../platform/i18n/locales.ts';
import type { Translator } from '../../platform/i18n/translator.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import { formatEventTime } from './event-time.ts';
import { renderCalendar } from './ical.ts';
import type { Event } from './queries/find-event.ts';

/** The mails a registrant can get. */
export type RegistrationMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'changed' | 'eventCancelled' | 'cancelled';

const SUBJECTS: Record<RegistrationMailKind, string> = {
  confirmed: 'events.mail.confirmed.subject',
  waitlisted: 'events.mail.waitlisted.subject',
  promoted: 'events.mail.promoted.subject',
  reminder: 'events.mail.reminder.subject',
  changed: 'events.mail.changed.subject',
  eventCancelled: 'events.mail.eventCancelled.subject',
  cancelled: 'events.mail.cancelled.subject',
};

const BODIES: Record<RegistrationMailKind, string> = {
  confirmed: 'events.mail.confirmed.body',
  waitlisted: 'events.mail.waitlisted.body',
  promoted: 'events.mail.promoted.body',
  reminder: 'events.mail.reminder.body',
  changed: 'events.mail.changed.body',
  eventCancelled: 'events.mail.eventCancelled.body',
  cancelled: 'events.mail.cancelled.body',
};

/** Everything a mail says, in the registrant's language. */
export interface MailFacts {
  to: string;
  name: string;
  locale: Locale;
  event: Event;
  eventUrl: string;
  /** The personal link; absent in an invitation, which carries its own. */
  manageUrl: string | null;
  timeZone: string;
  organisationName: string;
  waitlistPosition?: number;
}

function detailLines(translator: Translator, facts: MailFacts): string[] {
  const { locale, event } = facts;
  const when = formatEventTime((date, options) => translator.formatDate(locale, date, options), event, facts.timeZone);
  const place = localize(event.place, locale);
  return [
    translator.t(locale, 'events.mail.when', { when }),
    ...(place ? [translator.t(locale, 'events.mail.where', { place })] : []),
    ...(event.onlineUrl ? [translator.t(locale, 'events.mail.online', { url: event.onlineUrl })] : []),
    translator.t(locale, 'events.mail.page', { url: facts.eventUrl }),
  ];
}

function calendarAttachment(facts: MailFacts, method: 'publish' | 'cancel') {
  const content = renderCalendar([{ event: facts.event, url: facts.eventUrl }], {
    name: localize(facts.event.title, facts.locale),
    locale: facts.locale,
    method,
  });
  return { filename: 'event.ics', content, contentType: `text/calendar; charset=utf-8; method=${method.toUpperCase()}` };
}

/** A registrant's mail of the given kind: plain text, with the calendar file where a calendar should change. */
export function composeRegistrationMail(translator: Translator, kind: RegistrationMailKind, facts: MailFacts): MailMessage {
  const { locale } = facts;
  const title = localize(facts.event.title, locale);
  const when = formatEventTime((date, options) => translator.formatDate(locale, date, options), facts.event, facts.timeZone);
  const body = translator.t(locale, BODIES[kind], { event: title, when, position: facts.waitlistPosition ?? 0 });
  const text = [
    translator.t(locale, 'events.mail.greeting', { name: facts.name }),
    '',
    body,
    '',
    ...detailLines(translator, facts),
    ...(facts.manageUrl && kind !== 'cancelled' && kind !== 'eventCancelled'
      ? [translator.t(locale, 'events.mail.manage', { url: facts.manageUrl })]
      : []),
    '',
    facts.organisationName,
  ].join('\n');
  const withCalendar = kind === 'confirmed' || kind === 'promoted' || kind === 'reminder' || kind === 'changed';
  const attachments = withCalendar
    ? [calendarAttachment(facts, 'publish')]
    : kind === 'eventCancelled'
      ? [calendarAttachment(facts, 'cancel')]
      : [];
  return { to: facts.to, subject: translator.t(locale, SUBJECTS[kind], { event: title }), text, attachments };
}

/** An invitation with its personal link. */
export function composeInvitationMail(translator: Translator, facts: MailFacts & { invitationUrl: string }): MailMessage {
  const { locale } = facts;
  const title = localize(facts.event.title, locale);
  const text = [
    translator.t(locale, 'events.mail.invitation.body', { event: title }),
    '',
    ...detailLines(translator, facts),
    '',
    translator.t(locale, 'events.mail.invitation.link', { url: facts.invitationUrl }),
    '',
    facts.organisationName,
  ].join('\n');
  return { to: facts.to, subject: translator.t(locale, 'events.mail.invitation.subject', { event: title }), text };
}
