import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { AppContext, DemoState } from '../../../platform/module.ts';
import { beginInputsChange } from '../commands/channel-lock.ts';
import { insertStatements } from '../commands/insert-statements.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';
import { mulberry32, type Random } from '../math/prng.ts';
import { DEMO_PARTICIPANT_STATEMENTS, DEMO_QUESTION, DEMO_STATEMENTS } from './demo-statements.ts';

/** How the demo's voters are made: a fixed seed, so every demo load has the same votes and the same three groups. */
const DEMO = {
  seed: 2013,
  participants: 260,
  /** Shares of the three outlooks among the voters. */
  outlooks: [0.42, 0.33, 0.25],
  /** Share of voters who stop after a few statements (too few to be placed in a group). */
  dropouts: 0.08,
  opensAt: Date.parse('2013-03-08T06:00:00.000Z'),
  closesAt: Date.parse('2013-04-17T20:59:00.000Z'),
} as const;

const BATCH = 500;

/** A vote drawn for an outlook's leaning: mostly the leaning's side, with passes and dissent. */
function drawVote(lean: number, random: Random): -1 | 0 | 1 {
  const r = random();
  if (lean > 0) return r < 0.78 ? 1 : r < 0.88 ? -1 : 0;
  if (lean < 0) return r < 0.75 ? -1 : r < 0.86 ? 1 : 0;
  return r < 0.32 ? 1 : r < 0.62 ? -1 : 0;
}

function outlookOf(random: Random): 0 | 1 | 2 {
  const r = random();
  return r < DEMO.outlooks[0] ? 0 : r < DEMO.outlooks[0] + DEMO.outlooks[1] ? 1 : 2;
}

/** The demo voters' votes: participant number → (statement index → vote, time). */
function generateVotes(statementCount: number, random: Random) {
  const votes: Array<{ participant: number; statement: number; vote: -1 | 0 | 1; at: number }> = [];
  const leans = [...DEMO_STATEMENTS.map((statement) => statement.lean), DEMO_PARTICIPANT_STATEMENTS[0]?.lean ?? [0, 0, 0]];
  for (let participant = 1; participant <= DEMO.participants; participant++) {
    const outlook = outlookOf(random);
    const dropout = random() < DEMO.dropouts;
    const share = dropout ? 0.05 + random() * 0.08 : 0.55 + random() * 0.45;
    let at = DEMO.opensAt + Math.floor(random() * (DEMO.closesAt - DEMO.opensAt - 3_600_000));
    for (let statement = 0; statement < statementCount; statement++) {
      if (random() >= share) continue;
      at += 5_000 + Math.floor(random() * 40_000);
      votes.push({ participant, statement, vote: drawVote(leans[statement]?.[outlook] ?? 0, random), at });
    }
  }
  return votes;
}

/**
 * The demo's statements channel in the Rauma process: the question for 2025,
 * forty statements (mostly Finnish, some Swedish and English), three written
 * by participants (published, waiting, hidden), and the votes of 260 made-up
 * residents drawn from three outlooks with a fixed seed, so the opinion map
 * shows three groups. The snapshot is computed here; results are public.
 */
export async function seedStatementsDemo(context: AppContext, state: DemoState): Promise<void> {
  const { organisationId, processId } = state;
  const phaseIds = state.phaseIdsByKey as Record<string, string> | undefined;
  if (!organisationId || !processId) throw new Error('the statements demo needs the processes demo first');
  const now = context.clock.now();
  const timestamp = now.toISOString();
  const channelId = newId();
  const random = mulberry32(DEMO.seed);
  await context.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('statement_channels')
      .values({
        id: channelId,
        organisation_id: organisationId,
        process_id: processId,
        phase_id: phaseIds?.voices ?? null,
        question: JSON.stringify(DEMO_QUESTION),
        status: 'published',
        audience: 'anyone',
        audience_body_ids: '[]',
        participants_may_add: 1,
        moderation: 'before',
        opens_at: new Date(DEMO.opensAt).toISOString(),
        closes_at: null,
        results_public: 1,
        next_statement_number: 0,
        next_participant_number: DEMO.participants,
        inputs_version: 0,
        computed_version: 0,
        recompute_requested_at: null,
        compute_lease_until: null,
        computed_at: null,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    const participantIds = Array.from({ length: DEMO.participants }, () => newId());
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
    const opened = new Date(DEMO.opensAt).toISOString();
    const seeds = DEMO_STATEMENTS.map((statement) => ({
      text: statement.text,
      language: statement.language,
      origin: 'seed' as const,
      status: 'published' as const,
      moderatedAt: opened,
      createdAt: opened,
    }));
    const written = DEMO_PARTICIPANT_STATEMENTS.map((statement, index) => ({
      text: statement.text,
      language: statement.language,
      origin: 'participant' as const,
      status: statement.status,
      authorParticipantId: participantIds[index * 7] ?? null,
      moderatedAt: statement.status === 'pending' ? null : opened,
      createdAt: new Date(DEMO.opensAt + (index + 1) * 86_400_000).toISOString(),
    }));
    const inserted = await insertStatements(trx, channel, [...seeds, ...written], now);
    await trx
      .updateTable('statements')
      .set({ hidden_reason: 'Mainos, ei kannanotto Rauman tulevaisuuteen.' })
      .$call(inOrganisation(organisationId, 'statements'))
      .where('id', '=', inserted.at(-1)?.id ?? '')
      .execute();
    // Votes go to the seed statements and the one published participant statement.
    const rows = generateVotes(DEMO_STATEMENTS.length + 1, random).map((vote) => ({
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
  state.statementChannelId = channelId;
}
