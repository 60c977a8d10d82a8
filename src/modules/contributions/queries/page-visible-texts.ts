import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** One visible contribution as open data reads it: no author, no participant key. */
export interface VisibleText {
  id: string;
  channel: string;
  language: string;
  text: string;
  metadata: string;
  created_at: string;
}

/**
 * One page of a process's visible (not hidden) contributions in id order after `after`, with only
 * the columns an anonymous export may use: keyset paging on the (process_id, id) index, so an export
 * of any size reads in large pages with flat memory and no per-row mapping.
 */
export function pageVisibleTexts(
  db: Db,
  organisationId: string,
  processId: string,
  page: { after: string; limit: number },
): Promise<VisibleText[]> {
  return db
    .selectFrom('contributions')
    .$call(inOrganisation(organisationId, 'contributions'))
    .where('process_id', '=', processId)
    .where('id', '>', page.after)
    .where('hidden', '=', 0)
    .select(['id', 'channel', 'language', 'text', 'metadata', 'created_at'])
    .orderBy('id')
    .limit(page.limit)
    .execute();
}
