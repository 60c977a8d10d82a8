/**
 * Benchmark of computeOpinionGroups on synthetic conversations.
 *
 * The vote matrix has three planted opinion groups and 10 % of cells voted,
 * drawn from a fixed seed so every run times the same input. Only the
 * computation is timed, not the generation.
 *
 * CLI: npx tsx src/modules/statements/math/bench-opinion-groups.ts [participants statements [seed]] [--runs=N]
 * (no sizes: the three reference sizes).
 */

import { pathToFileURL } from 'node:url';
import { computeOpinionGroups } from './compute-opinion-groups.ts';
import { mulberry32 } from './prng.ts';
import type { OpinionGroupsInput, VoteInput } from './types.ts';

/** Sizes (participants × statements) the benchmark is reported on. */
export const BENCH_SIZES: ReadonlyArray<readonly [number, number]> = [
  [2000, 600],
  [10000, 1500],
  [33500, 1000],
];

/** Fraction of cells that carry a vote. */
export const BENCH_DENSITY = 0.1;

/**
 * A synthetic conversation: each participant belongs to one of three groups
 * of unequal size; each group has its own agree probability per statement;
 * each participant votes on about 10 % of statements.
 */
export function syntheticConversation(participants: number, statements: number, seed: number): OpinionGroupsInput {
  const random = mulberry32(seed);
  const groupCount = 3;
  const agreeProbability = new Float64Array(groupCount * statements);
  for (let i = 0; i < agreeProbability.length; i++) agreeProbability[i] = random() < 0.5 ? 0.15 + 0.2 * random() : 0.65 + 0.2 * random();
  const votes: VoteInput[] = [];
  let at = 0;
  for (let p = 0; p < participants; p++) {
    const u = random();
    const group = u < 0.5 ? 0 : u < 0.8 ? 1 : 2;
    const participantId = `p${p}`;
    for (let s = 0; s < statements; s++) {
      if (random() >= BENCH_DENSITY) continue;
      const pa = agreeProbability[group * statements + s] as number;
      const r = random();
      const vote = r < pa ? 1 : r < pa + (1 - pa) * 0.8 ? -1 : 0;
      votes.push({ participantId, statementId: `s${s}`, vote, at: at++ });
    }
  }
  const statementList = Array.from({ length: statements }, (_, s) => ({ id: `s${s}` }));
  return { votes, statements: statementList };
}

/** Milliseconds computeOpinionGroups takes on a synthetic conversation of this size. */
export function benchOpinionGroups(participants: number, statements: number, seed: number): number {
  const input = syntheticConversation(participants, statements, seed);
  const start = performance.now();
  computeOpinionGroups(input, { seed });
  return performance.now() - start;
}

function main(args: string[]): void {
  const runsFlag = args.find((a) => a.startsWith('--runs='));
  const runs = runsFlag ? Math.max(1, Number(runsFlag.slice('--runs='.length))) : 1;
  const [p, s, seed] = args.filter((a) => !a.startsWith('--')).map(Number);
  const sizes = p && s ? [[p, s] as const] : BENCH_SIZES;
  for (const [participants, statements] of sizes) {
    // The first run includes JIT warm-up; later runs show the steady state.
    const times = Array.from({ length: runs }, () => benchOpinionGroups(participants, statements, seed ?? 1));
    console.log(`opinion-groups ${participants}x${statements} (10% voted): ${times.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
