import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** When an event takes place (ISO instants). */
export interface EventTime {
  startsAt: string;
  endsAt: string;
}

/**
 * When the given events take place, by id (one query; cancelled events and ids the
 * organisation does not have are left out). For modules whose things are tied to an event,
 * such as a workshop held at one.
 */
export async function listEventTimes(db: Db, organisationId: string, eventIds: readonly string[]): Promise<Map<string, EventTime>> {
  const times = new Map<string, EventTime>();
  if (eventIds.length === 0) return times;
  const rows = await db
    .selectFrom('events')
    .select(['id', 'starts_at', 'ends_at'])
    .$call(inOrganisation(organisationId, 'events'))
    .where('id', 'in', [...eventIds])
    .where('status', '!=', 'cancelled')
    .execute();
  for (const row of rows) times.set(row.id, { startsAt: row.starts_at, endsAt: row.ends_at });
  return times;
}
