import type { TestApp } from './test-app.ts';

/** How `fewestStatements` repeats a request. */
export interface FewestStatementsOptions {
  /** Rounds to count; the lowest is kept. */
  rounds?: number;
  /** Runs before each round, outside the count (moving the page version on, so the page is rendered, not served from the cache). */
  beforeRound?: () => Promise<unknown>;
}

/**
 * The fewest SQL statements `request` made over a few rounds (four unless told): the app's
 * background jobs (one every few seconds) may add their statements to a round, so the lowest
 * count is the request's own. Proves a page's statements do not grow with its rows.
 */
export async function fewestStatements(
  queries: TestApp['queries'],
  request: () => Promise<unknown>,
  { rounds = 4, beforeRound }: FewestStatementsOptions = {},
): Promise<number> {
  let fewest = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    await beforeRound?.();
    queries.reset();
    await request();
    fewest = Math.min(fewest, queries.count);
  }
  return fewest;
}
