import { bumpPageVersion } from '../http/page-cache.ts';
import type { LoadCall } from './action.ts';

/**
 * After-commit: the organisation's cached public pages are out of date (a write that shows on
 * a process page, a timeline or a news list must declare it, or anonymous visitors see the old page).
 */
export async function invalidatePages(call: Pick<LoadCall<unknown>, 'context' | 'actor'>): Promise<void> {
  await bumpPageVersion(call.context.db, call.actor.organisationId);
}
