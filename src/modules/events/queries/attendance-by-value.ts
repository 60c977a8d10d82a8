import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** Seats and arrivals per unit or sector (the registrant's own, not only their quota's). */
export interface AttendanceRow {
  attributeValue: string | null;
  confirmed: number;
  arrived: number;
}

/** How many with a seat have arrived, per unit or sector (one grouped query). */
export async function attendanceByValue(db: Db, organisationId: string, eventId: string): Promise<AttendanceRow[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => ['attribute_value', eb.fn.countAll<number>().as('confirmed'), eb.fn.count<number>('checked_in_at').as('arrived')])
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .groupBy('attribute_value')
    .execute();
  return rows.map((row) => ({ attributeValue: row.attribute_value, confirmed: Number(row.confirmed), arrived: Number(row.arrived) }));
}
