import type { Db } from '../../../platform/db/database.ts';
import { listLinkedAuthors, listLinksFrom } from '../../contributions/index.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { followThemeSuccessors } from './theme-successors.ts';

/**
 * The accounts whose contributions a goal's trace reaches now: goal —draws_on→ themes (followed through merges and
 * splits) —groups→ contributions, and their signed-in authors. Whom trace mail may concern.
 */
export async function listGoalVoices(db: Db, organisationId: string, goalId: string): Promise<Set<string>> {
  const drawn = await listLinksFrom(db, organisationId, GOAL_LINKS.goal, [goalId], GOAL_LINKS.drawsOn);
  if (drawn.length === 0) return new Set();
  const themeIds = await followThemeSuccessors(
    db,
    organisationId,
    drawn.map((link) => link.toId),
  );
  return listLinkedAuthors(db, organisationId, GOAL_LINKS.theme, [...themeIds], GOAL_LINKS.groups);
}
