import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { deadlineNearAt, type Happening, type HappeningSource, inWindow, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { Audience } from '../../platform/participation/audience.ts';
import { audienceBodiesOf, audienceUnitsOf } from './queries/find-event.ts';

/**
 * Events for followers (two queries, a third when an event is for chosen units): an event of the
 * process that takes registrations (not by invitation only) was added, or its registration deadline
 * (the start when none is set) is near; each for those who may register (its audience, and staff
 * when registration is for staff).
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
  const units = await audienceUnitsOf(
    context.db,
    organisationId,
    rows.filter((row) => row.audience === 'units').map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const audience: Audience =
      row.audience === 'bodies'
        ? { kind: 'bodies', bodyIds: bodies.get(row.id) ?? [] }
        : row.audience === 'units'
          ? { kind: 'units', unitIds: units.get(row.id) ?? [] }
          : row.audience === 'staff' || row.registration_mode === 'staff'
            ? { kind: 'staff' }
            : row.audience === 'signed_in'
              ? { kind: 'signed-in' }
              : { kind: 'public' };
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
