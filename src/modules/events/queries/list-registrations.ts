import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { RegistrationStatus, SeatPool } from '../tables.ts';

/** A registration as the organiser's lists show it. */
export interface RegistrationItem {
  id: string;
  seq: number;
  status: RegistrationStatus;
  pool: SeatPool | null;
  quotaId: string | null;
  attributeValue: string | null;
  name: string;
  email: string;
  locale: string;
  checkedInAt: string | null;
  createdAt: string;
}

/** An event's registrations in registration order (one query). */
export async function listRegistrations(db: Db, organisationId: string, eventId: string): Promise<RegistrationItem[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .select(['id', 'seq', 'status', 'pool', 'quota_id', 'attribute_value', 'name', 'email', 'locale', 'checked_in_at', 'created_at'])
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('event_id', '=', eventId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    status: row.status,
    pool: row.pool,
    quotaId: row.quota_id,
    attributeValue: row.attribute_value,
    name: row.name,
    email: row.email,
    locale: row.locale,
    checkedInAt: row.checked_in_at,
    createdAt: row.created_at,
  }));
}
