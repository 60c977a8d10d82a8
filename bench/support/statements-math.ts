/**
 * The opinion-group computation against scikit-learn's PCA + KMeans on the
 * same synthetic vote matrices, in the same run. Ours starts from vote
 * objects with string ids and computes everything the snapshot holds (the
 * participant filter, representative, consensus and divisive statements
 * too); scikit-learn starts from a dense matrix already in memory. Each side
 * runs RUNS times per size, first run included, and the median counts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeOpinionGroups } from '../../src/modules/statements/math/compute-opinion-groups.ts';
import { MATRIX_SEED, MATRIX_SIZES, syntheticConversation, writeVoteTriplets } from './statements-matrices.ts';

const RUNS = 3;
/** Debian's python3-sklearn; the python3 first on PATH may be another one without scikit-learn. */
const PYTHON = '/usr/bin/python3';
const SKLEARN_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'statements-sklearn.py');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function runScikitLearn(file: string, participants: number, statements: number): { ms: number[]; k: number } {
  const result = spawnSync(PYTHON, [SKLEARN_SCRIPT, file, String(participants), String(statements), String(RUNS), String(MATRIX_SEED)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`scikit-learn failed (${PYTHON}): ${result.stderr || result.error}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
}

/** Times both sides on every size and prints the figures and the RESULT line (the worst ratio). */
export async function runStatementsMathScenario(name: string): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-statements-bench-'));
  const fields: string[] = [];
  let worst = 0;
  try {
    for (const [participants, statements] of MATRIX_SIZES) {
      const input = syntheticConversation(participants, statements, MATRIX_SEED);
      const file = path.join(folder, `${participants}x${statements}.bin`);
      writeVoteTriplets(input, file);
      const theirs = runScikitLearn(file, participants, statements);
      const ours: number[] = [];
      let groups = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        groups = computeOpinionGroups(input, { seed: MATRIX_SEED }).groups.length;
        ours.push(performance.now() - started);
      }
      const ratio = median(ours) / median(theirs.ms);
      worst = Math.max(worst, ratio);
      const size = `${participants}x${statements}`;
      console.log(
        `${size} (${input.votes.length} votes): ours ${median(ours).toFixed(0)} ms [${ours.map((ms) => ms.toFixed(0)).join(' / ')}], ` +
          `scikit-learn ${median(theirs.ms).toFixed(0)} ms [${theirs.ms.map((ms) => ms.toFixed(0)).join(' / ')}], ` +
          `ratio ${ratio.toFixed(2)}; groups ours ${groups}, scikit-learn ${theirs.k}`,
      );
      fields.push(
        `ours_${size}_ms=${median(ours).toFixed(0)}`,
        `sklearn_${size}_ms=${median(theirs.ms).toFixed(0)}`,
        `ratio_${size}=${ratio.toFixed(2)}`,
      );
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  console.log(
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${os.availableParallelism()} cores`,
  );
  console.log(`RESULT ${name} ratio=${worst.toFixed(2)} ${fields.join(' ')}`);
}
