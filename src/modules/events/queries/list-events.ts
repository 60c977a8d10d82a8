import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { audienceBodiesOf, audienceUnitsOf, type Event, toEvent } from './find-event.ts';

/** The organisation's events, or one process's, in order of their start (two queries, a third when an event is for chosen units). */
export async function listEvents(db: Db, organisationId: string, filter: { processIds?: string[] } = {}): Promise<Event[]> {
  let query = db.selectFrom('events').selectAll().$call(inOrganisation(organisationId, 'events'));
  if (filter.processIds) query = query.where('process_id', 'in', filter.processIds.length > 0 ? filter.processIds : ['']);
  const rows = await query.orderBy('starts_at').orderBy('id').execute();
  const bodies = await audienceBodiesOf(
    db,
    organisationId,
    rows.map((row) => row.id),
  );
  const forUnits = rows.filter((row) => row.audience === 'units').map((row) => row.id);
  const units = await audienceUnitsOf(db, organisationId, forUnits);
  return rows.map((row) => toEvent(row, bodies.get(row.id) ?? [], units.get(row.id) ?? []));
}
