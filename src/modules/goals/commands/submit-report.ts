import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { reporterOf } from '../follow-up-tree.ts';
import type { FollowUp, Indicator } from '../model.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { optionalFigureSchema, type ReportInput } from '../schemas.ts';
import { type ActualFigure, recordActuals } from './record-actual.ts';

/** The indicators whose figures this person reports (their own, or their objective's when the indicator names no reporter). */
export function indicatorsReportedBy(followUp: FollowUp, userId: string): Indicator[] {
  const objectives = new Map(followUp.objectives.map((objective) => [objective.id, objective]));
  return followUp.indicators.filter((indicator) => reporterOf(indicator, objectives.get(indicator.objectiveId)) === userId);
}

/**
 * Records the figures a reporter sent from their mailed link: only their own indicators, each
 * figure checked as a number (its error at `actual.<id>`); an empty form is refused at the first
 * figure. A closed round is refused by `recordActuals`.
 */
export async function submitReport(
  db: Db,
  link: { organisationId: string; userId: string; processId: string; roundId: string },
  input: ReportInput,
  now: Date,
): Promise<number> {
  const mine = indicatorsReportedBy(await loadFollowUp(db, link.organisationId, link.processId), link.userId);
  if (mine.length === 0) throw refuse.notFound();
  const errors: FieldErrors = {};
  const figures: ActualFigure[] = [];
  for (const indicator of mine) {
    const parsed = optionalFigureSchema.safeParse(input.actual[indicator.id]);
    if (!parsed.success) errors[`actual.${indicator.id}`] = { key: 'goals.validation.number' };
    else if (parsed.data !== undefined)
      figures.push({ indicatorId: indicator.id, roundId: link.roundId, value: parsed.data, comment: input.comment[indicator.id] ?? '' });
  }
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
  if (figures.length === 0) throw refuse.invalid({ [`actual.${mine[0]!.id}`]: { key: 'goals.validation.reportEmpty' } });
  await recordActuals(
    db,
    { organisationId: link.organisationId, userId: link.userId, grants: [] },
    link.processId,
    figures,
    now,
    link.userId,
  );
  return figures.length;
}
