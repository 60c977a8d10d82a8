/**
 * A Polis conversation through `statements import` and its first opinion
 * groups, on the largest shared conversation (vTaiwan UberX, from the
 * module's fixtures) and on a generated 33,500 × 1,000 conversation with
 * 2 million timestamped votes: wall time of reading, storing and computing,
 * the process's peak memory, and, on the stored inputs in the same run, the
 * replay of Polis's history (math/opinion-history.ts) against the
 * final-votes computation the snapshots use (ratio replay / final).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPolisConversation } from '../../src/modules/statements/commands/import-polis-conversation.ts';
import { loadComputationInputs, toOpinionGroupsInput } from '../../src/modules/statements/computation/computation-inputs.ts';
import { recomputeOpinionGroups } from '../../src/modules/statements/computation/recompute-opinion-groups.ts';
import { readPolisFolder } from '../../src/modules/statements/csv/polis-files.ts';
import { computeOpinionGroups } from '../../src/modules/statements/math/compute-opinion-groups.ts';
import { replayOpinionHistory } from '../../src/modules/statements/math/opinion-history.ts';
import { buildVoteMatrix } from '../../src/modules/statements/math/vote-matrix.ts';
import { polisOpendataRoot } from '../../src/modules/statements/test-support/polis-data.ts';
import { startBenchApp } from './bench-app.ts';
import { syntheticConversation } from './statements-matrices.ts';

/**
 * The generated conversation: 33,500 × 1,000 with 2 million votes, or a fraction of its participants
 * and votes (same statements, same density) with STATEMENTS_IMPORT_SCALE=0.1, for a loaded machine.
 */
const SCALE = Number(process.env.STATEMENTS_IMPORT_SCALE ?? '1');
if (!(SCALE > 0 && SCALE <= 1)) throw new Error('STATEMENTS_IMPORT_SCALE must be a number in (0, 1]');
const GENERATED = {
  participants: Math.round(33_500 * SCALE),
  statements: 1_000,
  votes: Math.round(2_000_000 * SCALE),
  seed: 1,
} as const;
/** 1 January 2026, and one vote a second from there. */
const START_MS = Date.UTC(2026, 0, 1);

/** Writes the generated conversation as a Polis export (comments.csv, votes.csv with timestamps). */
export function writeGeneratedExport(dir: string): number {
  const input = syntheticConversation(
    GENERATED.participants,
    GENERATED.statements,
    GENERATED.seed,
    GENERATED.votes / (GENERATED.participants * GENERATED.statements),
  );
  fs.mkdirSync(dir, { recursive: true });
  const comments = ['timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body'];
  for (let s = 0; s < GENERATED.statements; s++) comments.push(`${START_MS},x,${s},,0,0,1,Väite ${s}`);
  fs.writeFileSync(path.join(dir, 'comments.csv'), `${comments.join('\n')}\n`);
  // Votes in time order across participants: participant p's k-th vote at second k·P + p.
  const lines: string[] = ['timestamp,datetime,comment-id,voter-id,vote'];
  const seen = new Int32Array(GENERATED.participants);
  for (const vote of input.votes) {
    const p = Number(vote.participantId.slice(1));
    const k = seen[p] as number;
    seen[p] = k + 1;
    lines.push(`${START_MS + (k * GENERATED.participants + p) * 1000},x,${vote.statementId.slice(1)},${p},${vote.vote}`);
  }
  fs.writeFileSync(path.join(dir, 'votes.csv'), `${lines.join('\n')}\n`);
  return input.votes.length;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Imports a folder, computes, and times the replay against the final computation on the stored inputs. */
async function measure(label: string, dir: string) {
  const bench = await startBenchApp();
  try {
    const organisationId = bench.context.db
      .selectFrom('organisations')
      .select('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);
    const process_ = await bench.context.db.selectFrom('processes').select('id').executeTakeFirstOrThrow();
    const started = performance.now();
    const files = await readPolisFolder(dir);
    const read = performance.now();
    const report = await importPolisConversation(
      bench.context.db,
      files,
      { organisationId: await organisationId, processId: process_.id, actorUserId: null, fallbackQuestion: label },
      new Date(),
    );
    const stored = performance.now();
    const summary = await recomputeOpinionGroups(bench.context, report.channelId);
    const computed = performance.now();
    const loaded = await loadComputationInputs(bench.context.db, await organisationId, report.channelId);
    const input = toOpinionGroupsInput(loaded.inputs);
    const finalStarted = performance.now();
    computeOpinionGroups(input, { seed: 1, history: false });
    const finalMs = performance.now() - finalStarted;
    const replayStarted = performance.now();
    const replay = replayOpinionHistory(buildVoteMatrix(input.votes, input.statements), { seed: 1 });
    const replayMs = performance.now() - replayStarted;
    const figures = {
      label,
      votes: report.votes,
      participants: report.participants,
      readMs: read - started,
      storeMs: stored - read,
      computeMs: computed - stored,
      totalMs: computed - started,
      groups: summary?.groupCount ?? 0,
      finalMs,
      replayMs,
      updates: replay.updates,
      peakMb: peakMb(),
    };
    console.log(
      `${label}: ${figures.participants} participants, ${figures.votes} votes; import + groups ${figures.totalMs.toFixed(0)} ms ` +
        `(read ${figures.readMs.toFixed(0)}, store ${figures.storeMs.toFixed(0)}, compute ${figures.computeMs.toFixed(0)}), ` +
        `${figures.groups} groups, peak RSS ${figures.peakMb.toFixed(0)} MB; final-votes computation ${finalMs.toFixed(0)} ms, ` +
        `replay ${replayMs.toFixed(0)} ms over ${replay.updates} updates (ratio ${(replayMs / finalMs).toFixed(2)}; ` +
        `import + groups ratio ${importRatio(figures).toFixed(2)})`,
    );
    return figures;
  } finally {
    await bench.close();
  }
}

/**
 * Import + groups with the replay against the same import with the final-votes computation: the
 * measured total, against that total with the replay's time (timed again on the stored inputs)
 * replaced by the final computation's.
 */
function importRatio(figures: { totalMs: number; replayMs: number; finalMs: number }): number {
  return figures.totalMs / Math.max(figures.totalMs - figures.replayMs + figures.finalMs, 1);
}

/** Runs both conversations and prints the RESULT line (ratio: the replay against the final computation, generated conversation). */
export async function runStatementsImportScenario(name: string): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-statements-import-'));
  try {
    const largest = await measure('vtaiwan.uberx', path.join(polisOpendataRoot, 'vtaiwan.uberx'));
    const generatedDir = path.join(scratch, 'generated');
    writeGeneratedExport(generatedDir);
    const generated = await measure(`generated ${GENERATED.participants}x${GENERATED.statements}`, generatedDir);
    console.log(
      `RESULT ${name} ratio=${(generated.replayMs / generated.finalMs).toFixed(2)} ` +
        `vtaiwan_ms=${largest.totalMs.toFixed(0)} vtaiwan_replay_ratio=${(largest.replayMs / largest.finalMs).toFixed(2)} ` +
        `generated_import_ratio=${importRatio(generated).toFixed(2)} vtaiwan_import_ratio=${importRatio(largest).toFixed(2)} ` +
        `generated_ms=${generated.totalMs.toFixed(0)} generated_store_ms=${generated.storeMs.toFixed(0)} ` +
        `generated_votes=${generated.votes} peak_mb=${peakMb().toFixed(0)}`,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
