/**
 * Synthetic vote matrices for the statements benchmarks: three planted
 * opinion groups of unequal size, each with its own agree probability per
 * statement, and about 10 % of cells voted, drawn from a fixed seed so every
 * run times the same input.
 */
import fs from 'node:fs';
import type { OpinionGroupsInput, VoteInput } from '../../src/modules/statements/math/types.ts';
import { seededRandom as mulberry32 } from '../../src/platform/random/seeded-random.ts';

/** Sizes (participants × statements) the math benchmark is reported on. */
export const MATRIX_SIZES: ReadonlyArray<readonly [number, number]> = [
  [2000, 600],
  [10000, 1500],
  [33500, 1000],
];

/** Fraction of cells that carry a vote. */
export const MATRIX_DENSITY = 0.1;

/** The seed of every benchmark matrix. */
export const MATRIX_SEED = 1;

/** A synthetic conversation of this size, as the computation's input (participants `p0…`, statements `s0…`). */
export function syntheticConversation(
  participants: number,
  statements: number,
  seed: number,
  density = MATRIX_DENSITY,
): OpinionGroupsInput {
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
      if (random() >= density) continue;
      const pa = agreeProbability[group * statements + s] as number;
      const r = random();
      const vote = r < pa ? 1 : r < pa + (1 - pa) * 0.8 ? -1 : 0;
      votes.push({ participantId, statementId: `s${s}`, vote, at: at++ });
    }
  }
  const statementList = Array.from({ length: statements }, (_, s) => ({ id: `s${s}` }));
  return { votes, statements: statementList };
}

/**
 * Writes a conversation's votes as little-endian int32 triplets (participant
 * row, statement column, vote), the form the scikit-learn side reads with
 * numpy.fromfile. Ids are `p<row>` and `s<column>` as made above; every
 * (participant, statement) pair occurs at most once.
 */
export function writeVoteTriplets(input: OpinionGroupsInput, file: string): void {
  const triplets = new Int32Array(input.votes.length * 3);
  input.votes.forEach((vote, index) => {
    triplets[3 * index] = Number(vote.participantId.slice(1));
    triplets[3 * index + 1] = Number(vote.statementId.slice(1));
    triplets[3 * index + 2] = vote.vote;
  });
  fs.writeFileSync(file, new Uint8Array(triplets.buffer));
}
