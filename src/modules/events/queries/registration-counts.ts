import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** Confirmed and waiting registrations of one event. */
export interface RegistrationCounts {
  confirmed: number;
  waitlisted: number;
}

/** The registration counts of every event of the organisation (one grouped query). */
export async function registrationCounts(db: Db, organisationId: string): Promise<Map<string, RegistrationCounts>> {
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => ['event_id', 'status', eb.fn.countAll<number>().as('registrations')])
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('status', '<>', 'cancelled')
    .groupBy(['event_id', 'status'])
    .execute();
  const counts = new Map<string, RegistrationCounts>();
  for (const row of rows) {
    const entry = counts.get(row.event_id) ?? { confirmed: 0, waitlisted: 0 };
    if (row.status === 'confirmed') entry.confirmed = Number(row.registrations);
    else entry.waitlisted = Number(row.registrations);
    counts.set(row.event_id, entry);
  }
  return counts;
}
