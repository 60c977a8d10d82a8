import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/**
 * Timeline item id → the public event that carries it out, for a process's
 * timeline to link each item to its event page (one query). Only events open to
 * everyone: the timeline is public and served from the render cache, so it must
 * not link anyone to a page they cannot open.
 */
export async function listTimelineEventLinks(db: Db, organisationId: string, processId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'timeline_item_id'])
    .$call(inOrganisation(organisationId, 'events'))
    .where('process_id', '=', processId)
    .where('timeline_item_id', 'is not', null)
    .where('audience', '=', 'public')
    .orderBy('starts_at')
    .execute();
  const links = new Map<string, string>();
  for (const row of rows) if (row.timeline_item_id && !links.has(row.timeline_item_id)) links.set(row.timeline_item_id, row.id);
  return links;
}
