import type { Db } from '../../../platform/db/database.ts';
import { listLinksFrom, listLinksTo } from '../../contributions/index.ts';
import { GOAL_LINKS } from '../trace-types.ts';

/** How many merges or splits in a row the trace follows (a longer chain is cut there rather than walked forever). */
const MAX_STEPS = 20;

/**
 * The themes a goal's `draws_on` links stand for now: a theme merged into another (`insight_theme —merged_into→
 * insight_theme`) is followed to it and left; a split theme (`—split_into→`) keeps its own link and gains the part
 * split off, so the voices of both stay on the trace. One query per relation and step.
 */
export async function followThemeSuccessors(db: Db, organisationId: string, themeIds: readonly string[]): Promise<Set<string>> {
  const current = new Set(themeIds);
  let frontier = [...current];
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const [merged, split] = await Promise.all([
      listLinksFrom(db, organisationId, GOAL_LINKS.theme, frontier, GOAL_LINKS.mergedInto),
      listLinksFrom(db, organisationId, GOAL_LINKS.theme, frontier, GOAL_LINKS.splitInto),
    ]);
    for (const link of merged) current.delete(link.fromId);
    const next = [...merged, ...split].map((link) => link.toId).filter((id) => !current.has(id));
    for (const id of next) current.add(id);
    frontier = [...new Set(next)];
  }
  return current;
}

/** The themes these (current) themes came from by merges and splits, themselves included: the other way of the same links. */
export async function listThemeAncestors(db: Db, organisationId: string, themeIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const ancestors = new Map(themeIds.map((id) => [id, new Set([id])]));
  let frontier = themeIds.map((id) => [id, id] as const);
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const ids = [...new Set(frontier.map(([, id]) => id))];
    const [merged, split] = await Promise.all([
      listLinksTo(db, organisationId, GOAL_LINKS.theme, ids, GOAL_LINKS.mergedInto),
      listLinksTo(db, organisationId, GOAL_LINKS.theme, ids, GOAL_LINKS.splitInto),
    ]);
    const next: Array<readonly [string, string]> = [];
    for (const [root, id] of frontier)
      for (const link of [...merged, ...split])
        if (link.toId === id && !ancestors.get(root)?.has(link.fromId)) {
          ancestors.get(root)?.add(link.fromId);
          next.push([root, link.fromId]);
        }
    frontier = next;
  }
  return ancestors;
}
