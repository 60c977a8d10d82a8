import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { type Happening, type HappeningSource, inWindow, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Audience } from '../../platform/participation/audience.ts';
import { audienceOf } from './model.ts';

/**
 * Workshops for followers (one query): a workshop of the process was opened (created open),
 * for those who may join it (anyone with the code, or the chosen bodies' or units' people),
 * or it closed with public results.
 */
export const workshopsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('workshops')
    .select(['id', 'title', 'status', 'created_at', 'closed_at', 'results_public', 'access', 'audience_ids'])
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('process_id', '=', process.id)
    .where((eb) =>
      eb.or([
        eb.and([eb('created_at', '>', bounds.from), eb('created_at', '<=', bounds.to)]),
        eb.and([eb('closed_at', '>', bounds.from), eb('closed_at', '<=', bounds.to)]),
      ]),
    )
    .execute();
  return rows.flatMap((row) => {
    const base = { module: 'workshops', id: row.id, title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }) };
    const found: Happening[] = [];
    if (row.status === 'open' && inWindow(row.created_at, window)) {
      const audience: Audience = audienceOf({ access: row.access, audienceIds: parseJsonColumn<string[]>(row.audience_ids, []) });
      found.push({ ...base, kind: 'channel-opened', path: `/workshops/${row.id}`, at: row.created_at, audience });
    }
    if (row.results_public === 1 && inWindow(row.closed_at, window)) {
      found.push({ ...base, kind: 'results-published', path: `/workshops/${row.id}/results`, at: row.closed_at });
    }
    return found;
  });
};
