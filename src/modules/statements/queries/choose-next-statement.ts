import type { Statement, VoteTotals } from '../model.ts';

/** How many of the least-voted statements the next one is drawn from. */
const CANDIDATES = 3;

/**
 * The statement to show a participant next: one they have not voted on,
 * among those with the fewest votes so far, drawn at random from the few
 * least-voted. The map needs every statement to collect votes from many kinds
 * of people; showing everyone the same order would starve the late statements,
 * and the randomness keeps two people arriving together from seeing the same one.
 */
export function chooseNextStatement(
  published: readonly Statement[],
  totals: ReadonlyMap<string, VoteTotals>,
  ownVotes: ReadonlyMap<string, number>,
  random: () => number = Math.random,
): Statement | null {
  const count = (statement: Statement) => {
    const entry = totals.get(statement.id);
    return entry ? entry.agree + entry.disagree + entry.pass : 0;
  };
  const open = published.filter((statement) => !ownVotes.has(statement.id));
  if (open.length === 0) return null;
  const ranked = [...open].sort((a, b) => count(a) - count(b) || a.number - b.number);
  const pool = ranked.slice(0, Math.min(CANDIDATES, ranked.length));
  return pool[Math.floor(random() * pool.length)] ?? pool[0] ?? null;
}
