import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { audienceBodiesOf, type Event, toEvent } from './find-event.ts';

/** The organisation's events, or one process's, in order of their start (two queries). */
export async function listEvents(db: Db, organisationId: string, filter: { processIds?: string[] } = {}): Promise<Event[]> {
  let query = db.selectFrom('events').selectAll().$call(inOrganisation(organisationId, 'events'));
  if (filter.processIds) query = query.where('process_id', 'in', filter.processIds.length > 0 ? filter.processIds : ['']);
  const rows = await query.orderBy('starts_at').orderBy('id').execute();
  const bodies = await audienceBodiesOf(
    db,
    organisationId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toEvent(row, bodies.get(row.id) ?? []));
}
