import { createHash } from 'node:crypto';
import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { allKeys, browserKeysIn, isBrowsersIn } from '../../platform/hub/browser-participation.ts';
import {
  audienceInWords,
  type BrowserParticipationQuery,
  nextAfter,
  type ParticipationEntry,
  type ParticipationQuery,
  type ProcessChannel,
  type ProcessChannelSource,
  participationOf,
} from '../../platform/hub/process-channels.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { BROWSER_SECRET_LENGTH } from '../../platform/participation/participant.ts';
import { channelSubject } from './channel-access.ts';
import { channelState, toChannel } from './model.ts';
import type { ChannelAudience } from './tables.ts';

const AUDIENCE_WORDS = {
  anyone: 'anyone',
  signed_in: 'signedIn',
  staff: 'staff',
  units: 'units',
  bodies: 'bodies',
} as const satisfies Record<ChannelAudience, string>;

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
        audience: audienceInWords({ context, locale, bodyNames }, AUDIENCE_WORDS[channel.audience], channel.audienceBodyIds),
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

/** Whose participants to read: the signed-in account's, or this browser's by its keys in each channel. */
type Whose = { userId: string } | { browserKeys: ReadonlyMap<string, readonly string[]> };

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
    .$call((query) =>
      'userId' in whose
        ? query.where('participant.user_id', '=', whose.userId)
        : query.where('participant.user_id', 'is', null).where('participant.browser_key', 'in', allKeys(whose.browserKeys)),
    )
    .orderBy('participant.created_at')
    .execute();
  return rows.flatMap((row) => {
    if ('browserKeys' in whose && !isBrowsersIn(whose.browserKeys, row.channel_id, row.browser_key)) return [];
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
        ...('browserKeys' in whose ? { byBrowser: true } : {}),
      },
    ];
  });
}

/**
 * The key a browser's secret from before the platform's cookie (shorter than the platform's
 * secrets) was stored under in a channel, as `channel-access.ts` still reads it.
 */
function olderKey(channelId: string, secret: string | null): string | null {
  if (!secret || secret.length >= BROWSER_SECRET_LENGTH) return null;
  return createHash('sha256').update(`${secret}:${channelId}`).digest('hex');
}

/** This browser's votes and statements without an account: the process's channels, then one query for its keys in all of them. */
async function participationOfBrowser(query: BrowserParticipationQuery): Promise<ParticipationEntry[]> {
  const channels = await query.context.db
    .selectFrom('statement_channels')
    .select('id')
    .$call(inOrganisation(query.actor.organisationId, 'statement_channels'))
    .where('process_id', '=', query.process.id)
    .execute();
  const browserKeys = browserKeysIn(
    query.request,
    'statements',
    channels.map((channel) => channel.id),
    olderKey,
  );
  return browserKeys.size === 0 ? [] : participationIn(query, { browserKeys });
}

/** The person's votes and statements in the process's channels, and this browser's without an account. */
export const statementParticipation = participationOf((query) => participationIn(query, { userId: query.userId }), participationOfBrowser);
