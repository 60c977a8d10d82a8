import type { Db } from '../../../platform/db/database.ts';
import { addLink } from '../../contributions/index.ts';
import { GOAL_LINKS } from '../trace-types.ts';

/** Links a goal to the story paragraph it cites (goal —derived_from→ story.paragraph), for the trace. */
export function linkGoalToParagraph(db: Db, organisationId: string, goalId: string, paragraphId: string, now: Date): Promise<void> {
  return addLink(
    db,
    organisationId,
    { type: GOAL_LINKS.goal, id: goalId },
    GOAL_LINKS.derivedFrom,
    { type: GOAL_LINKS.paragraph, id: paragraphId },
    now,
  );
}
