import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { isWhose, markOf, participationByWhose, type Whose, whoseRows } from '../../platform/hub/browser-participation.ts';
import {
  type AudienceWords,
  audienceInWords,
  type BrowserParticipationQuery,
  nextAfter,
  oneLine,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelQuery,
  type ProcessChannelSource,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { EventSubject } from './permissions.ts';
import { type Event, toEvent } from './queries/find-event.ts';
import { closedReason } from './registration-window.ts';

function statusOf(event: Event, now: Date): ProcessChannel['status'] {
  if (event.status === 'held' || now.toISOString() >= event.endsAt) return 'closed';
  // Invitation-only registration is open to those holding an invitation link, not to visitors of the page.
  if (event.registrationMode !== 'invitation' && closedReason(event, now) === null) return 'open';
  return 'upcoming';
}

function audienceOf(event: Event): AudienceWords {
  if (event.registrationMode === 'invitation') return 'invitation';
  if (event.audience === 'bodies') return 'bodies';
  if (event.audience === 'units') return 'units';
  if (event.audience === 'staff' || event.registrationMode === 'staff') return 'staff';
  if (event.audience === 'signed_in') return 'signedIn';
  return 'anyone';
}

/** The process's events with their audience bodies: always two queries, even with no events (the page's count stays fixed). */
async function listProcessEvents(context: ProcessChannelQuery['context'], organisationId: string, processId: string): Promise<Event[]> {
  const [rows, bodies] = await Promise.all([
    context.db
      .selectFrom('events')
      .selectAll()
      .$call(inOrganisation(organisationId, 'events'))
      .where('process_id', '=', processId)
      .orderBy('starts_at')
      .orderBy('id')
      .execute(),
    context.db
      .selectFrom('event_audience_bodies')
      .innerJoin('events', 'events.id', 'event_audience_bodies.event_id')
      .select(['event_audience_bodies.event_id', 'event_audience_bodies.body_id'])
      .$call(inOrganisation(organisationId, 'event_audience_bodies'))
      .where('events.process_id', '=', processId)
      .execute(),
  ]);
  const byEvent = new Map<string, string[]>();
  for (const row of bodies) byEvent.set(row.event_id, [...(byEvent.get(row.event_id) ?? []), row.body_id]);
  return rows.map((row) => toEvent(row, byEvent.get(row.id) ?? []));
}

/**
 * The process's events the actor may see (the events rule; cancelled ones left out), in the
 * events module's two queries (always both): those with registration open to take part in, those still to
 * come, and held ones with their summary as results.
 */
export const eventProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now, bodyNames }) => {
  const events = await listProcessEvents(context, actor.organisationId, process.id);
  const t = (key: string) => context.translator.t(locale, key);
  return events.flatMap((event): ProcessChannel[] => {
    const subject: EventSubject = { processId: process.id, processVisible: true, audience: event.audience };
    if (event.status === 'cancelled' || !context.authorizer.can(actor, 'events.event.view', subject)) return [];
    const status = statusOf(event, now);
    const page = `/events/${event.id}`;
    const hasSummary = Object.values(event.summary).some((text) => typeof text === 'string' && text.trim() !== '');
    const results = status === 'closed' && hasSummary ? { path: page, label: t('events.hub.summary') } : null;
    return [
      {
        kind: 'event',
        id: event.id,
        kindLabel: t('events.hub.kind'),
        title: event.title,
        summary: oneLine(event.description),
        audience: audienceInWords({ context, locale, bodyNames }, audienceOf(event), event.audienceBodyIds),
        status,
        opensAt: status === 'upcoming' ? event.startsAt : null,
        deadline: event.registrationMode === 'none' ? null : (event.registrationDeadline ?? event.startsAt),
        phaseId: null,
        placedAt: event.startsAt,
        action: results ?? { path: page, label: t(status === 'open' ? 'events.hub.register' : 'events.hub.see') },
        results,
        changesAt: nextAfter(now, [event.registrationDeadline, event.startsAt, event.endsAt]),
      },
    ];
  });
};

/** An event as the platform's pseudonyms name it (a browser registering without an account is known by its pseudonym in it). */
export function eventChannelOf(eventId: string) {
  return { kind: 'event', id: eventId };
}

/** The registrations (held or waiting) for the process's events, the account's or this browser's, in one query. */
async function registrationsIn(
  { context, actor, locale, process }: Pick<ParticipationQuery, 'context' | 'actor' | 'locale' | 'process'>,
  whose: Whose,
): Promise<ParticipationEntry[]> {
  const rows = await context.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.event_id')
    .select([
      'events.id as event_id',
      'events.title',
      'event_registrations.status',
      'event_registrations.created_at',
      'event_registrations.browser_key',
    ])
    .$call(inOrganisation(actor.organisationId, 'event_registrations'))
    .where('events.process_id', '=', process.id)
    .where(whoseRows(whose, { userId: 'event_registrations.user_id', browserKey: 'event_registrations.browser_key' }))
    .where('event_registrations.status', '!=', 'cancelled')
    .orderBy('event_registrations.created_at')
    .execute();
  return rows
    .filter((row) => isWhose(whose, row.event_id, row.browser_key))
    .map((row) => ({
      kind: 'event',
      channelTitle: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
      what: context.translator.t(locale, row.status === 'waitlisted' ? 'events.hub.waitlisted' : 'events.hub.registered'),
      at: row.created_at,
      link: { path: `/events/${row.event_id}`, label: context.translator.t(locale, 'events.hub.see') },
      ...markOf(whose),
    }));
}

/** The ids of the process's events, for this browser's pseudonym in each. */
async function eventIdsOf({ context, actor, process }: BrowserParticipationQuery): Promise<string[]> {
  const events = await context.db
    .selectFrom('events')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'events'))
    .where('process_id', '=', process.id)
    .execute();
  return events.map((event) => event.id);
}

/**
 * The person's registrations for the process's events, and those this browser made without an
 * account (by its pseudonym in each event). The link is the event's page, never the personal
 * registration link: a shared computer's next user must not open someone's registration.
 */
export const eventParticipation = participationByWhose(registrationsIn, { kind: 'event', channelIds: eventIdsOf });
