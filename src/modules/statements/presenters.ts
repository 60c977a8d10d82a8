import { z } from 'zod';
import type { OpinionGroupsSnapshot } from './math/types.ts';
import { type Channel, channelState, groupLabel, type Statement, type VoteTotals } from './model.ts';
import type { StoredSnapshot } from './queries/find-latest-snapshot.ts';
import { AUDIENCES, CHANNEL_STATUSES, MODERATION_MODES } from './tables.ts';
import { groupAndRest, statsByGroup } from './views/results-figures.ts';

const localizedOut = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** A channel as the API answers it. */
export const channelResponseSchema = z.object({
  id: z.string(),
  processId: z.string(),
  phaseId: z.string().nullable(),
  question: localizedOut,
  status: z.enum(CHANNEL_STATUSES),
  state: z.enum(['draft', 'notYetOpen', 'open', 'closed']),
  audience: z.enum(AUDIENCES),
  /** The chosen bodies, for the 'bodies' audience. */
  audienceBodyIds: z.array(z.string()),
  /** The chosen units (their staff and the staff beneath them), for the 'units' audience. */
  audienceUnitIds: z.array(z.string()),
  participantsMayAdd: z.boolean(),
  moderation: z.enum(MODERATION_MODES),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  resultsPublic: z.boolean(),
});

/** Shapes a channel for the API. */
export function presentChannel(channel: Channel, now: Date): z.input<typeof channelResponseSchema> {
  const { id, processId, phaseId, question, status, audience, audienceBodyIds, audienceUnitIds } = channel;
  const { participantsMayAdd, moderation, opensAt, closesAt, resultsPublic } = channel;
  return {
    id,
    processId,
    phaseId,
    question,
    status,
    state: channelState(channel, now),
    audience,
    audienceBodyIds,
    audienceUnitIds,
    participantsMayAdd,
    moderation,
    opensAt,
    closesAt,
    resultsPublic,
  };
}

/** A published statement as the API answers it. */
export const statementResponseSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  text: z.string(),
  language: z.string(),
  origin: z.enum(['seed', 'participant', 'import']),
});

/** Shapes a statement for the API. */
export function presentStatement(statement: Statement): z.input<typeof statementResponseSchema> {
  const { id, number, text, language, origin } = statement;
  return { id, number, text, language, origin };
}

/** Where the caller stands in the channel. */
export const participantResponseSchema = z.object({
  voted: z.number().int(),
  total: z.number().int(),
  nextStatementId: z.string().nullable(),
  group: z.string().nullable(),
  mayVote: z.boolean(),
  mayAdd: z.boolean(),
});

/** A channel with its published statements and the caller's progress. */
export const channelDetailResponseSchema = channelResponseSchema.extend({
  statements: z.array(statementResponseSchema),
  participant: participantResponseSchema,
});

const sharesOut = z.object({ agree: z.number(), disagree: z.number(), voted: z.number().int() });

/** The newest computed results of a channel, with the vote totals counted now. */
export const resultsResponseSchema = z.object({
  channelId: z.string(),
  computedAt: z.string().nullable(),
  inputsDigest: z.string().nullable(),
  resultDigest: z.string().nullable(),
  seed: z.number().int().nullable(),
  participantCount: z.number().int(),
  groupedCount: z.number().int(),
  yourGroup: z.string().nullable(),
  groups: z.array(
    z.object({
      id: z.number().int(),
      label: z.string(),
      size: z.number().int(),
      representative: z.array(
        z.object({
          statementId: z.string(),
          number: z.number().int(),
          side: z.enum(['agree', 'disagree']),
          group: sharesOut,
          others: sharesOut,
        }),
      ),
    }),
  ),
  consensus: z.array(
    z.object({ statementId: z.string(), number: z.number().int(), side: z.enum(['agree', 'disagree']), share: z.number() }),
  ),
  divisive: z.array(
    z.object({
      statementId: z.string(),
      number: z.number().int(),
      divisiveness: z.number(),
      mostAgreeing: z.string(),
      mostDisagreeing: z.string(),
    }),
  ),
  totals: z.array(
    z.object({
      statementId: z.string(),
      number: z.number().int(),
      agree: z.number().int(),
      disagree: z.number().int(),
      pass: z.number().int(),
    }),
  ),
});

function resultLists(result: OpinionGroupsSnapshot, byNumber: Map<string, Statement>) {
  const stats = statsByGroup(result);
  const idOf = (number: string) => byNumber.get(number)?.id;
  const groups = result.groups.map((group) => ({
    id: group.id,
    label: groupLabel(group.id),
    size: group.members.length,
    representative: (result.repness.find((entry) => entry.groupId === group.id)?.representative ?? []).flatMap((entry) => {
      const id = idOf(entry.statementId);
      if (!id) return [];
      const shares = groupAndRest(stats, group.id, entry.statementId);
      return [{ statementId: id, number: Number(entry.statementId), side: entry.repfulFor, group: shares.group, others: shares.rest }];
    }),
  }));
  const consensus = (['agree', 'disagree'] as const).flatMap((side) =>
    result.consensus[side].flatMap((item) => {
      const id = idOf(item.statementId);
      const share = item.nTrials > 0 ? item.nSuccess / item.nTrials : 0;
      return id ? [{ statementId: id, number: Number(item.statementId), side, share }] : [];
    }),
  );
  const divisive = result.divisive.flatMap((item) => {
    const id = idOf(item.statementId);
    if (!id) return [];
    const extremes = { mostAgreeing: groupLabel(item.mostAgreeingGroup), mostDisagreeing: groupLabel(item.mostDisagreeingGroup) };
    return [{ statementId: id, number: Number(item.statementId), divisiveness: item.divisiveness, ...extremes }];
  });
  return { groups, consensus, divisive };
}

/** Shapes the results for the API; before the first computation the lists are empty. */
export function presentResults(input: {
  channelId: string;
  statements: Statement[];
  totals: Map<string, VoteTotals>;
  snapshot: StoredSnapshot | null;
  yourGroup: string | null;
}): z.input<typeof resultsResponseSchema> {
  const { snapshot } = input;
  const byNumber = new Map(input.statements.map((statement) => [String(statement.number), statement]));
  const lists = snapshot ? resultLists(snapshot.result, byNumber) : { groups: [], consensus: [], divisive: [] };
  return {
    channelId: input.channelId,
    computedAt: snapshot?.computedAt ?? null,
    inputsDigest: snapshot?.inputsDigest ?? null,
    resultDigest: snapshot?.resultDigest ?? null,
    seed: snapshot?.seed ?? null,
    participantCount: snapshot?.participantCount ?? 0,
    groupedCount: snapshot?.result.participants.included.length ?? 0,
    yourGroup: input.yourGroup,
    ...lists,
    totals: input.statements.map((statement) => ({
      statementId: statement.id,
      number: statement.number,
      ...(input.totals.get(statement.id) ?? { agree: 0, disagree: 0, pass: 0 }),
    })),
  };
}
