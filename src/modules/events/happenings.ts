import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { deadlineNearAt, type Happening, type HappeningSource, inWindow, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Audience } from '../../platform/participation/audience.ts';
import { audienceBodiesOf } from './queries/find-event.ts';

/** Who may register: the chosen bodies' members, staff, or anyone; an audience not known here counts as staff only. */
function eventAudience(audience: string, registrationMode: string, bodyIds: string[]): Audience {
  if (audience === 'bodies') return { kind: 'bodies', bodyIds };
  if (audience === 'public' && registrationMode !== 'staff') return { kind: 'public' };
  return { kind: 'staff' };
}

/**
 * Events for followers (two queries): an event of the process that takes registrations (not by
 * invitation only) was added, or its registration deadline (the start when none is set) is near;
 * each for those who may register (staff, or the chosen bodies' members, or anyone).
 */
export const eventsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('events')
    .select(['id', 'title', 'created_at', 'starts_at', 'registration_deadline', 'audience', 'registration_mode'])
    .$call(inOrganisation(organisationId, 'events'))
    .where('process_id', '=', process.id)
    .where('status', 'in', ['planned', 'confirmed'])
    .where('registration_mode', 'in', ['open', 'staff'])
    .where('starts_at', '>', bounds.from)
    .execute();
  const bodies = await audienceBodiesOf(
    context.db,
    organisationId,
    rows.filter((row) => row.audience === 'bodies').map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const audience = eventAudience(String(row.audience), row.registration_mode, bodies.get(row.id) ?? []);
    const title = parseJsonColumn<LocalizedText>(row.title, { fi: '' });
    const base = { module: 'events', id: row.id, title, path: `/events/${row.id}`, audience };
    const found: Happening[] = [];
    if (inWindow(row.created_at, window)) found.push({ ...base, kind: 'channel-opened', at: row.created_at });
    const deadline = row.registration_deadline ?? row.starts_at;
    const near = deadlineNearAt(deadline, window);
    if (near) found.push({ ...base, kind: 'deadline-near', at: near, deadline });
    return found;
  });
};
