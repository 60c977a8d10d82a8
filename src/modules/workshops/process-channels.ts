import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { isWhose, legacyCookieKey, markOf, participationByWhose, type Whose, whoseRows } from '../../platform/hub/browser-participation.ts';
import {
  audienceInWords,
  audienceWordsOf,
  type BrowserParticipationQuery,
  oneLine,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { listEventTimes } from '../events/index.ts';
import { PARTICIPANT_COOKIE as WORKSHOP_COOKIE } from './access.ts';
import { toWorkshop } from './model.ts';

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
        audience: audienceInWords({ context, locale, bodyNames }, audienceWordsOf(workshop.access), workshop.audienceIds),
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
    .where(whoseRows(whose, { userId: 'participant.user_id', browserKey: 'participant.browser_key' }))
    .orderBy('participant.joined_at')
    .execute();
  const t = (key: string, values?: Record<string, number>) => context.translator.t(locale, key, values);
  return rows.flatMap((row) => {
    if (!isWhose(whose, row.workshop_id, row.browser_key)) return [];
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
        ...markOf(whose),
      },
    ];
  });
}

/** The ids of the process's workshops, for this browser's pseudonym in each. */
async function workshopIdsOf({ context, actor, process }: BrowserParticipationQuery): Promise<string[]> {
  const workshops = await context.db
    .selectFrom('workshops')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'workshops'))
    .where('process_id', '=', process.id)
    .execute();
  return workshops.map((workshop) => workshop.id);
}

/**
 * The person's notes and dots in the process's workshops, and this browser's without an account
 * (by its pseudonym in each, or the key of the workshops' older cookie, the same in every room).
 */
export const workshopParticipation = participationByWhose(participationIn, {
  kind: 'workshop',
  channelIds: workshopIdsOf,
  legacy: (_workshopId, _secret, request) => legacyCookieKey(request, WORKSHOP_COOKIE),
});
