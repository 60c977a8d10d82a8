import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { deadlineNearAt, type Happening, type HappeningSource, inWindow, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';

/**
 * Events for followers (one query): an event of the process that takes registrations (not by
 * invitation only) was added, or its registration deadline (the start when none is set) is near.
 */
export const eventsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('events')
    .select(['id', 'title', 'created_at', 'starts_at', 'registration_deadline'])
    .$call(inOrganisation(organisationId, 'events'))
    .where('process_id', '=', process.id)
    .where('status', 'in', ['planned', 'confirmed'])
    .where('registration_mode', 'in', ['open', 'staff'])
    .where('starts_at', '>', bounds.from)
    .execute();
  return rows.flatMap((row) => {
    const base = { module: 'events', id: row.id, title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }), path: `/events/${row.id}` };
    const found: Happening[] = [];
    if (inWindow(row.created_at, window)) found.push({ ...base, kind: 'channel-opened', at: row.created_at });
    const deadline = row.registration_deadline ?? row.starts_at;
    const near = deadlineNearAt(deadline, window);
    if (near) found.push({ ...base, kind: 'deadline-near', at: near, deadline });
    return found;
  });
};
