import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { isWhose, markOf, participationByWhose, type Whose, whoseRows } from '../../platform/hub/browser-participation.ts';
import {
  audienceInWords,
  audienceWordsOf,
  type BrowserParticipationQuery,
  nextAfter,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { channelSubject, shortSecretKey } from './channel-access.ts';
import { channelState, toChannel } from './model.ts';

const STATUS = { open: 'open', notYetOpen: 'upcoming', closed: 'closed', draft: 'upcoming' } as const;

/**
 * The process's statements channels the actor may see (published ones; drafts only for their
 * moderators and analysts), in one query, with the results page once closed and public.
 */
export const statementProcessChannels: ProcessChannelSource = async ({ context, actor, locale, process, now, bodyNames }) => {
  const rows = await context.db
    .selectFrom('statement_channels')
    .selectAll()
    .$call(inOrganisation(actor.organisationId, 'statement_channels'))
    .where('process_id', '=', process.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const t = (key: string) => context.translator.t(locale, key);
  return rows.map(toChannel).flatMap((channel): ProcessChannel[] => {
    const subject = channelSubject(channel);
    if (!context.authorizer.can(actor, 'statements.channel.view', subject)) return [];
    const status = STATUS[channelState(channel, now)];
    const page = `/processes/${process.slug}/statements/${channel.id}`;
    const results = context.authorizer.can(actor, 'statements.results.view', subject)
      ? { path: `${page}/results`, label: t('statements.hub.results') }
      : null;
    return [
      {
        kind: 'statements',
        id: channel.id,
        kindLabel: t('statements.hub.kind'),
        title: channel.question,
        summary: { fi: t('statements.hub.summary'), sv: t('statements.hub.summary'), en: t('statements.hub.summary') },
        audience: audienceInWords({ context, locale, bodyNames }, audienceWordsOf(channel.audience), channel.audienceBodyIds),
        status,
        opensAt: channel.opensAt,
        deadline: channel.closesAt,
        phaseId: channel.phaseId,
        placedAt: channel.opensAt ?? channel.closesAt ?? channel.createdAt,
        action:
          status === 'closed' && results
            ? results
            : { path: page, label: t(status === 'open' ? 'statements.hub.vote' : 'statements.hub.see') },
        results: status === 'closed' ? results : null,
        changesAt: nextAfter(now, [channel.opensAt, channel.closesAt]),
      },
    ];
  });
};

/** The participants' votes and statements in the process's channels, counted per channel in one query. */
async function participationIn(
  { context, actor, locale, process }: Pick<ParticipationQuery, 'context' | 'actor' | 'locale' | 'process'>,
  whose: Whose,
): Promise<ParticipationEntry[]> {
  const rows = await context.db
    .selectFrom('statement_participants as participant')
    .innerJoin('statement_channels as channel', 'channel.id', 'participant.channel_id')
    .select((eb) => [
      'channel.id as channel_id',
      'channel.question',
      'participant.created_at',
      'participant.browser_key',
      eb
        .selectFrom('statement_votes')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('statement_votes.participant_id', '=', 'participant.id')
        .as('votes'),
      eb
        .selectFrom('statements')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('statements.author_participant_id', '=', 'participant.id')
        .as('statements'),
    ])
    .$call(inOrganisation(actor.organisationId, 'participant'))
    .where('channel.process_id', '=', process.id)
    .where(whoseRows(whose, { userId: 'participant.user_id', browserKey: 'participant.browser_key' }))
    .orderBy('participant.created_at')
    .execute();
  return rows.flatMap((row) => {
    if (!isWhose(whose, row.channel_id, row.browser_key)) return [];
    const votes = Number(row.votes ?? 0);
    const statements = Number(row.statements ?? 0);
    if (votes === 0 && statements === 0) return [];
    return [
      {
        kind: 'statements',
        channelTitle: parseJsonColumn<LocalizedText>(row.question, { fi: '' }),
        what: context.translator.t(locale, 'statements.hub.took', { votes, statements }),
        at: row.created_at,
        link: {
          path: `/processes/${process.slug}/statements/${row.channel_id}`,
          label: context.translator.t(locale, 'statements.hub.see'),
        },
        ...markOf(whose),
      },
    ];
  });
}

/** The ids of the process's channels, for this browser's pseudonym in each. */
async function channelIdsOf({ context, actor, process }: BrowserParticipationQuery): Promise<string[]> {
  const channels = await context.db
    .selectFrom('statement_channels')
    .select('id')
    .$call(inOrganisation(actor.organisationId, 'statement_channels'))
    .where('process_id', '=', process.id)
    .execute();
  return channels.map((channel) => channel.id);
}

/**
 * The person's votes and statements in the process's channels, and this browser's without an
 * account (by its pseudonym in each channel, or the key of a secret from before the platform's cookie).
 */
export const statementParticipation = participationByWhose(participationIn, {
  kind: 'statements',
  channelIds: channelIdsOf,
  legacy: (channelId, secret) => (secret ? shortSecretKey(secret, channelId) : null),
});
