import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { allKeys, browserKeysIn, isBrowsersIn, legacyCookieKey } from '../../platform/hub/browser-participation.ts';
import {
  type AudienceWords,
  audienceInWords,
  type BrowserParticipationQuery,
  oneLine,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
  participationOf,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { listEventTimes } from '../events/index.ts';
import { PARTICIPANT_COOKIE as WORKSHOP_COOKIE } from './access.ts';
import { toWorkshop, type Workshop } from './model.ts';

const AUDIENCE_WORDS: Record<Workshop['access'], AudienceWords> = {
  code: 'withCode',
  signed_in: 'signedIn',
  staff: 'staff',
  units: 'units',
  bodies: 'bodies',
};

/**
 * The process's workshops and seminars a visitor could open, in one query: live ones to join
 * (members of the chosen bodies or units by signing in at the join address; everyone else at
 * the code page, as the code itself is given in the room and never shown here), and closed ones
 * whose results are public (or the actor facilitates). Closed ones without public results are left out.
 */
export const workshopProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now, bodyNames }) => {
  const rows = await context.db
    .selectFrom('workshops')
    .selectAll()
    .$call(inOrganisation(actor.organisationId, 'workshops'))
    .where('process_id', '=', process.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // A workshop held at an event takes place at the event's time (one more query, however many workshops).
  const eventIds = rows.flatMap((row) => (row.event_id ? [row.event_id] : []));
  const times = await listEventTimes(context.db, actor.organisationId, eventIds);
  const t = (key: string) => context.translator.t(locale, key);
  const facilitates = context.authorizer.can(actor, 'workshops.workshop.facilitate', { processId: process.id });
  return rows.map(toWorkshop).flatMap((workshop): ProcessChannel[] => {
    const open = workshop.status === 'open';
    if (!open && !workshop.resultsPublic && !facilitates) return [];
    const results = open ? null : { path: `/workshops/${workshop.id}/results`, label: t('workshops.hub.results') };
    const join = workshop.access === 'code' ? '/join' : `/join/${workshop.joinCode}`;
    return [
      {
        kind: 'workshop',
        id: workshop.id,
        kindLabel: t(workshop.kind === 'seminar' ? 'workshops.hub.seminar' : 'workshops.hub.workshop'),
        title: workshop.title,
        summary: oneLine(workshop.description),
        audience: audienceInWords({ context, locale, bodyNames }, AUDIENCE_WORDS[workshop.access], workshop.audienceIds),
        status: open ? 'open' : 'closed',
        opensAt: null,
        deadline: null,
        takesPlace: (workshop.eventId && times.get(workshop.eventId)) || null,
        phaseId: null,
        placedAt: open ? now.toISOString() : (workshop.closedAt ?? workshop.updatedAt),
        action: results ?? { path: join, label: t('workshops.hub.join') },
        results,
        changesAt: null,
      },
    ];
  });
};

/** Whose participants to read: the signed-in account's, or this browser's by its keys in each workshop. */
type Whose = { userId: string } | { browserKeys: ReadonlyMap<string, readonly string[]> };

/** The participants' notes and dots in the process's workshops, counted per workshop in one query. */
async function participationIn(
  { context, actor, locale, process }: Pick<ParticipationQuery, 'context' | 'actor' | 'locale' | 'process'>,
  whose: Whose,
): Promise<ParticipationEntry[]> {
  const rows = await context.db
    .selectFrom('workshop_participants as participant')
    .innerJoin('workshops as workshop', 'workshop.id', 'participant.workshop_id')
    .select((eb) => [
      'workshop.id as workshop_id',
      'workshop.title',
      'workshop.status',
      'participant.joined_at',
      'participant.browser_key',
      eb
        .selectFrom('workshop_notes')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('workshop_notes.participant_id', '=', 'participant.id')
        .as('notes'),
      eb
        .selectFrom('workshop_votes')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('workshop_votes.participant_id', '=', 'participant.id')
        .as('votes'),
    ])
    .$call(inOrganisation(actor.organisationId, 'participant'))
    .where('workshop.process_id', '=', process.id)
    .$call((query) =>
      'userId' in whose
        ? query.where('participant.user_id', '=', whose.userId)
        : query.where('participant.user_id', 'is', null).where('participant.browser_key', 'in', allKeys(whose.browserKeys)),
    )
    .orderBy('participant.joined_at')
    .execute();
  const t = (key: string, values?: Record<string, number>) => context.translator.t(locale, key, values);
  return rows.flatMap((row) => {
    if ('browserKeys' in whose && !isBrowsersIn(whose.browserKeys, row.workshop_id, row.browser_key)) return [];
    return [
      {
        kind: 'workshop',
        channelTitle: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
        what: t('workshops.hub.took', { notes: Number(row.notes ?? 0), votes: Number(row.votes ?? 0) }),
        at: row.joined_at,
        link:
          row.status === 'open'
            ? { path: `/workshops/${row.workshop_id}`, label: t('workshops.hub.room') }
            : { path: `/workshops/${row.workshop_id}/results`, label: t('workshops.hub.results') },
        ...('browserKeys' in whose ? { byBrowser: true } : {}),
      },
    ];
  });
}

/**
 * This browser's notes and dots without an account: the process's workshops, then one query
 * for its pseudonym in each (or the key of the workshops' older cookie, the same in every room).
 */
async function participationOfBrowser(query: BrowserParticipationQuery): Promise<ParticipationEntry[]> {
  const legacy = legacyCookieKey(query.request, WORKSHOP_COOKIE);
  const workshops = await query.context.db
    .selectFrom('workshops')
    .select('id')
    .$call(inOrganisation(query.actor.organisationId, 'workshops'))
    .where('process_id', '=', query.process.id)
    .execute();
  const browserKeys = browserKeysIn(
    query.request,
    'workshop',
    workshops.map((workshop) => workshop.id),
    () => legacy,
  );
  return browserKeys.size === 0 ? [] : participationIn(query, { browserKeys });
}

/** The person's notes and dots in the process's workshops, and this browser's without an account. */
export const workshopParticipation = participationOf((query) => participationIn(query, { userId: query.userId }), participationOfBrowser);
