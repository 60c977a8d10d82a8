import { LIVE_DAYS, liveCalendar, liveState } from '../../../demo/rauma-live.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext, DemoState } from '../../../platform/module.ts';
import { seededRandom as mulberry32, type Random } from '../../../platform/random/seeded-random.ts';
import { beginInputsChange } from '../commands/channel-lock.ts';
import { insertStatements } from '../commands/insert-statements.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';
import { LIVE_PARTICIPANT_STATEMENTS, LIVE_QUESTION, LIVE_STATEMENTS } from './demo-live.ts';
import { DEMO_PARTICIPANT_STATEMENTS, DEMO_QUESTION, DEMO_STATEMENTS, type DemoStatement } from './demo-statements.ts';

/** How a demo channel's voters are made: a fixed seed, so every demo load has the same votes and groups. */
interface VoterPlan {
  seed: number;
  participants: number;
  /** Shares of the three outlooks among the voters. */
  outlooks: readonly [number, number, number];
  /** Share of voters who stop after a few statements (too few to be placed in a group). */
  dropouts: number;
  opensAt: number;
  /** The last moment a vote may carry: the channel's close, or now for a channel still open. */
  votesUntil: number;
}

/** One demo channel: where it lives, what it asks, its statements and its voters. */
interface DemoChannel {
  processId: string;
  phaseId: string | null;
  question: { fi: string; sv?: string; en?: string };
  closesAt: string | null;
  statements: DemoStatement[];
  written: Array<DemoStatement & { status: 'published' | 'pending' | 'hidden' }>;
  hiddenReason: string | null;
  plan: VoterPlan;
}

/** The 2013 channel: 260 voters from three outlooks, so the opinion map shows three groups. */
const DEMO_2013 = {
  seed: 2013,
  participants: 260,
  outlooks: [0.42, 0.33, 0.25],
  dropouts: 0.08,
  opensAt: Date.parse('2013-03-08T06:00:00.000Z'),
  votesUntil: Date.parse('2013-04-17T20:59:00.000Z'),
} as const satisfies VoterPlan;

const BATCH = 500;

/** A vote drawn for an outlook's leaning: mostly the leaning's side, with passes and dissent. */
function drawVote(lean: number, random: Random): -1 | 0 | 1 {
  const r = random();
  if (lean > 0) return r < 0.78 ? 1 : r < 0.88 ? -1 : 0;
  if (lean < 0) return r < 0.75 ? -1 : r < 0.86 ? 1 : 0;
  return r < 0.32 ? 1 : r < 0.62 ? -1 : 0;
}

function outlookOf(plan: VoterPlan, random: Random): 0 | 1 | 2 {
  const r = random();
  return r < plan.outlooks[0] ? 0 : r < plan.outlooks[0] + plan.outlooks[1] ? 1 : 2;
}

/** The demo voters' votes: participant number → (statement index → vote, time), for statements leaning `leans`. */
function generateVotes(plan: VoterPlan, leans: Array<[number, number, number]>, random: Random) {
  const votes: Array<{ participant: number; statement: number; vote: -1 | 0 | 1; at: number }> = [];
  for (let participant = 1; participant <= plan.participants; participant++) {
    const outlook = outlookOf(plan, random);
    const dropout = random() < plan.dropouts;
    const share = dropout ? 0.05 + random() * 0.08 : 0.55 + random() * 0.45;
    let at = plan.opensAt + Math.floor(random() * Math.max(0, plan.votesUntil - plan.opensAt - 3_600_000));
    for (let statement = 0; statement < leans.length; statement++) {
      if (random() >= share) continue;
      at += 5_000 + Math.floor(random() * 40_000);
      votes.push({ participant, statement, vote: drawVote(leans[statement]?.[outlook] ?? 0, random), at });
    }
  }
  return votes;
}

/** One demo channel with its statements, voters and votes, and its opinion groups computed. */
async function seedChannel(context: AppContext, organisationId: string, demo: DemoChannel): Promise<string> {
  const { plan } = demo;
  const now = context.clock.now();
  const timestamp = now.toISOString();
  const channelId = newId();
  const random = mulberry32(plan.seed);
  await context.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('statement_channels')
      .values({
        id: channelId,
        organisation_id: organisationId,
        process_id: demo.processId,
        phase_id: demo.phaseId,
        question: JSON.stringify(demo.question),
        status: 'published',
        audience: 'anyone',
        audience_body_ids: '[]',
        participants_may_add: 1,
        moderation: 'before',
        opens_at: new Date(plan.opensAt).toISOString(),
        closes_at: demo.closesAt,
        results_public: 1,
        next_statement_number: 0,
        next_participant_number: plan.participants,
        inputs_version: 0,
        computed_version: 0,
        recompute_requested_at: null,
        compute_lease_until: null,
        computed_at: null,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    const participantIds = Array.from({ length: plan.participants }, () => newId());
    const participants = participantIds.map((id, index) => ({
      id,
      organisation_id: organisationId,
      channel_id: channelId,
      number: index + 1,
      user_id: null,
      browser_key: null,
      origin: 'demo' as const,
      created_at: timestamp,
    }));
    for (let start = 0; start < participants.length; start += BATCH) {
      await trx
        .insertInto('statement_participants')
        .values(participants.slice(start, start + BATCH))
        .execute();
    }
    const channel = await beginInputsChange(trx, organisationId, channelId, now);
    const opened = new Date(plan.opensAt).toISOString();
    const seeds = demo.statements.map((statement) => ({
      text: statement.text,
      language: statement.language,
      origin: 'seed' as const,
      status: 'published' as const,
      moderatedAt: opened,
      createdAt: opened,
    }));
    const written = demo.written.map((statement, index) => ({
      text: statement.text,
      language: statement.language,
      origin: 'participant' as const,
      status: statement.status,
      authorParticipantId: participantIds[index * 7] ?? null,
      moderatedAt: statement.status === 'pending' ? null : opened,
      createdAt: new Date(plan.opensAt + (index + 1) * 86_400_000).toISOString(),
    }));
    const inserted = await insertStatements(trx, channel, [...seeds, ...written], now);
    if (demo.hiddenReason)
      await trx
        .updateTable('statements')
        .set({ hidden_reason: demo.hiddenReason })
        .$call(inOrganisation(organisationId, 'statements'))
        .where('id', '=', inserted.at(-1)?.id ?? '')
        .execute();
    // Votes go to the seed statements and the first participant statement (published).
    const leans = [...demo.statements, ...demo.written.slice(0, 1)].map((statement) => statement.lean);
    const rows = generateVotes(plan, leans, random).map((vote) => ({
      organisation_id: organisationId,
      channel_id: channelId,
      statement_id: inserted[vote.statement]?.id as string,
      participant_id: participantIds[vote.participant - 1] as string,
      vote: vote.vote,
      first_voted_at: new Date(vote.at).toISOString(),
      voted_at: new Date(vote.at).toISOString(),
    }));
    for (let start = 0; start < rows.length; start += BATCH) {
      await trx
        .insertInto('statement_votes')
        .values(rows.slice(start, start + BATCH))
        .execute();
    }
  });
  await recomputeOpinionGroups(context, channelId);
  return channelId;
}

/**
 * The demo's statements channels. In the 2013 process: the question for 2025,
 * forty statements (mostly Finnish, some Swedish and English), three written
 * by participants (published, waiting, hidden), and the votes of 260 made-up
 * residents drawn from three outlooks with a fixed seed, so the opinion map
 * shows three groups; results public. In the live round: open until the end of
 * the voices phase, a new question over some of the same statements, and the
 * votes of 120 made-up residents cast between its opening and now.
 */
export async function seedStatementsDemo(context: AppContext, state: DemoState): Promise<void> {
  const { organisationId, processId } = state;
  const phaseIds = state.phaseIdsByKey as Record<string, string> | undefined;
  if (!organisationId || !processId) throw new Error('the statements demo needs the processes demo first');
  state.statementChannelId = await seedChannel(context, organisationId, {
    processId,
    phaseId: phaseIds?.voices ?? null,
    question: DEMO_QUESTION,
    closesAt: null,
    statements: DEMO_STATEMENTS,
    written: DEMO_PARTICIPANT_STATEMENTS,
    hiddenReason: 'Mainos, ei kannanotto Rauman tulevaisuuteen.',
    plan: DEMO_2013,
  });
  const live = liveState(state);
  const calendar = liveCalendar(context.clock.now());
  const opensAt = calendar.at(LIVE_DAYS.launch, '09:00').getTime();
  live.statementChannelId = await seedChannel(context, organisationId, {
    processId: live.processId,
    phaseId: live.phaseIdsByKey.voices ?? null,
    question: LIVE_QUESTION,
    closesAt: calendar.at(27, '23:59').toISOString(),
    statements: LIVE_STATEMENTS,
    written: LIVE_PARTICIPANT_STATEMENTS,
    hiddenReason: null,
    plan: { seed: 2030, participants: 120, outlooks: [0.4, 0.35, 0.25], dropouts: 0.1, opensAt, votesUntil: context.clock.now().getTime() },
  });
}
