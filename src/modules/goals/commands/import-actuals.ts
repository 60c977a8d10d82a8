import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import type { ActualsCsvInput } from '../schemas.ts';
import { readActualsCsv } from './read-actuals-csv.ts';
import { recordActuals } from './record-actual.ts';

/**
 * Records the figures of a pasted CSV for a process's indicators in its open rounds, all or none.
 * A closed round's figure is refused at `csv` (its figures are frozen). Answers how many were recorded.
 */
export async function importActuals(db: Db, actor: Actor, processId: string, input: ActualsCsvInput, now: Date): Promise<number> {
  const followUp = await loadFollowUp(db, actor.organisationId, processId);
  const open = new Set(followUp.rounds.filter((round) => round.closedAt === null).map((round) => round.id));
  const closed = new Set(followUp.rounds.filter((round) => round.closedAt !== null).map((round) => round.id));
  const figures = readActualsCsv(input.csv, new Set(followUp.indicators.map((indicator) => indicator.id)), new Set([...open, ...closed]));
  const frozen = figures.findIndex((figure) => closed.has(figure.roundId));
  if (frozen >= 0) throw refuse.invalid({ csv: { key: 'goals.validation.roundClosed' } });
  await recordActuals(db, actor, processId, figures, now);
  return figures.length;
}
