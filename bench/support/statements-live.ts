/**
 * From a vote to an updated opinion map in a live channel of 2,000
 * participants, through the app: a new resident votes with the page's form
 * over HTTP (no JavaScript), and the clock runs until the results API
 * answers a snapshot whose inputs include that vote, computed by the app's
 * own background scheduler. The baseline is what the design allows: the
 * debounce delay, one scheduler interval and the computation itself, timed in
 * the same run with recomputeOpinionGroups on the same channel.
 */
import os from 'node:os';
import { importPolisConversation } from '../../src/modules/statements/commands/import-polis-conversation.ts';
import { RECOMPUTATION } from '../../src/modules/statements/computation/claim-recomputation.ts';
import type { PolisComment, PolisVote } from '../../src/modules/statements/csv/polis-files.ts';
import { recomputeOpinionGroups } from '../../src/modules/statements/index.ts';
import { seededRandom as mulberry32 } from '../../src/platform/random/seeded-random.ts';
import { TestClient } from '../../src/platform/testing/test-client.ts';
import { startBenchApp } from './bench-app.ts';

const PARTICIPANTS = 2000;
const STATEMENTS = 60;
const VOTES_PER_PARTICIPANT = 25;
const SAMPLES = 5;
const POLL_MS = 50;
const SLUG = 'rauman-tarina';

/** A live-sized conversation: three planted groups, each participant answering 25 of the 60 statements. */
function liveConversation(seed: number): { comments: PolisComment[]; votes: PolisVote[]; topic: string } {
  const random = mulberry32(seed);
  const stance = Array.from({ length: 3 }, () => Array.from({ length: STATEMENTS }, () => (random() < 0.5 ? 0.2 : 0.8)));
  const comments = Array.from({ length: STATEMENTS }, (_, id) => ({
    line: id + 2,
    id,
    authorId: null,
    moderated: 1 as const,
    body: `Väite ${id + 1}: Rauman keskustaan tarvitaan lisää ${['puita', 'penkkejä', 'pyöräteitä', 'tapahtumia'][id % 4]}.`,
    timestamp: 1_700_000_000_000 + id,
  }));
  const votes: PolisVote[] = [];
  for (let voterId = 0; voterId < PARTICIPANTS; voterId++) {
    const group = voterId % 3;
    const order = Array.from({ length: STATEMENTS }, (_, index) => index).sort(() => random() - 0.5);
    for (const commentId of order.slice(0, VOTES_PER_PARTICIPANT)) {
      const r = random();
      const agree = stance[group]?.[commentId] as number;
      const vote = r < agree ? 1 : r < agree + (1 - agree) * 0.8 ? -1 : 0;
      votes.push({ line: votes.length + 2, timestamp: 1_700_000_100_000 + votes.length, commentId, voterId, vote: vote as -1 | 0 | 1 });
    }
  }
  return { comments, votes, topic: 'Millainen Rauman keskustan pitäisi olla?' };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function resultsDigest(client: TestClient, channelId: string): Promise<string | null> {
  const response = await client.api('GET', `/api/v1/statements/${channelId}/results`);
  if (response.status !== 200) throw new Error(`results answered ${response.status}: ${response.text}`);
  return response.json<{ inputsDigest: string | null }>().inputsDigest;
}

/** Runs the scenario on the engine TEST_DATABASE names and prints the figures and the RESULT line. */
export async function runStatementsLiveScenario(name: string): Promise<void> {
  const bench = await startBenchApp();
  try {
    const { db } = bench.context;
    const process = await db.selectFrom('processes').select(['id', 'organisation_id']).where('slug', '=', SLUG).executeTakeFirstOrThrow();
    const report = await importPolisConversation(
      db,
      liveConversation(7),
      { organisationId: process.organisation_id, processId: process.id, actorUserId: null, fallbackQuestion: SLUG },
      new Date(),
    );
    const channelId = report.channelId;
    // The imported conversation is a closed draft; open it to everyone with public results, as a live channel is.
    await db
      .updateTable('statement_channels')
      .set({ status: 'published', audience: 'anyone', opens_at: null, closes_at: null, results_public: 1 })
      .where('id', '=', channelId)
      .where('organisation_id', '=', process.organisation_id)
      .execute();
    await recomputeOpinionGroups(bench.context, channelId);
    const computeTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await recomputeOpinionGroups(bench.context, channelId);
      computeTimes.push(performance.now() - started);
    }
    const computeMs = median(computeTimes);
    console.log(
      `channel of ${report.participants} participants, ${report.statements} statements, ${report.votes} votes; ` +
        `recomputing it directly takes ${computeMs.toFixed(0)} ms [${computeTimes.map((ms) => ms.toFixed(0)).join(' / ')}]`,
    );

    const page = `/fi/processes/${SLUG}/statements/${channelId}`;
    const latencies: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const resident = new TestClient(bench.baseUrl);
      const before = await resultsDigest(resident, channelId);
      const form = await resident.get(page);
      const statementId = /name="statementId" value="([^"]+)"/.exec(form.text)?.[1];
      if (!statementId) throw new Error('the voting page offered no statement');
      const started = performance.now();
      const posted = await resident.postForm(`${page}/votes`, { statementId, vote: 'agree' });
      if (posted.status !== 303) throw new Error(`the vote answered ${posted.status}`);
      while ((await resultsDigest(resident, channelId)) === before) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      latencies.push(performance.now() - started);
      console.log(`vote ${sample + 1}: the map showed it after ${latencies.at(-1)?.toFixed(0)} ms`);
    }
    const latency = median(latencies);
    const allowed = RECOMPUTATION.debounceMs + RECOMPUTATION.intervalMs + computeMs;
    console.log(
      `median ${latency.toFixed(0)} ms from a vote to the updated map; the design allows ${allowed.toFixed(0)} ms ` +
        `(debounce ${RECOMPUTATION.debounceMs} + scheduler interval ${RECOMPUTATION.intervalMs} + computation ${computeMs.toFixed(0)})`,
    );
    console.log(
      `load average ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} on ${os.availableParallelism()} cores`,
    );
    console.log(
      `RESULT ${name} ratio=${(latency / allowed).toFixed(2)} vote_to_map_ms=${latency.toFixed(0)} ` +
        `allowed_ms=${allowed.toFixed(0)} compute_ms=${computeMs.toFixed(0)} participants=${report.participants} votes=${report.votes}`,
    );
  } finally {
    await bench.close();
  }
}
