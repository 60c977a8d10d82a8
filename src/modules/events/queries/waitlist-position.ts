import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/**
 * A waiting registrant's place on their waitlist (1 = next): those of the
 * same quota (or of none) who registered before them and still wait.
 */
export async function waitlistPosition(
  db: Db,
  row: { organisation_id: string; event_id: string; seq: number; quota_id: string | null },
): Promise<number> {
  let query = db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('ahead'))
    .$call(inOrganisation(row.organisation_id, 'event_registrations'))
    .where('event_id', '=', row.event_id)
    .where('status', '=', 'waitlisted')
    .where('seq', '<=', row.seq);
  query = row.quota_id ? query.where('quota_id', '=', row.quota_id) : query.where('quota_id', 'is', null);
  return Number((await query.executeTakeFirst())?.ahead ?? 1);
}
