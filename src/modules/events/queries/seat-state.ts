import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { countSeats, type SeatCounts, type SeatPlan } from '../allocation.ts';
import type { SeatPool } from '../tables.ts';

/** Seats reserved for one unit or sector. */
export interface Quota {
  id: string;
  attributeValue: string;
  label: LocalizedText;
  seats: number;
  position: number;
}

/** An event's quotas in their order. */
export async function listQuotas(db: Db, organisationId: string, eventId: string): Promise<Quota[]> {
  const rows = await db
    .selectFrom('event_quotas')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_quotas'))
    .where('event_id', '=', eventId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    attributeValue: row.attribute_value,
    label: parseJsonColumn<LocalizedText>(row.label, { fi: row.attribute_value }),
    seats: row.seats,
    position: row.position,
  }));
}

/** Whether the release date has come, after which every free seat is open to everyone. */
export function isReleased(quotaReleaseAt: string | null, now: Date): boolean {
  return quotaReleaseAt !== null && quotaReleaseAt <= now.toISOString();
}

/** The seat plan of an event at a moment. */
export function seatPlanOf(event: { capacity: number | null; quota_release_at: string | null }, quotas: Quota[], now: Date): SeatPlan {
  return {
    capacity: event.capacity,
    quotas: new Map(quotas.map((quota) => [quota.id, quota.seats])),
    released: isReleased(event.quota_release_at, now),
  };
}

/** A row of `readSeats`: a quota (`kind` 'quota', amount = seats) or a group of held seats (`kind` 'held'). */
interface SeatRow {
  kind: string;
  quota_id: string | null;
  pool: string | null;
  amount: number;
  attribute_value: string | null;
  label: string | null;
  position: number | null;
}

/**
 * The quotas and the seats held, in ONE statement (a UNION ALL of the quota
 * rows and the grouped count), so a transaction holding an event's lock
 * spends one round trip less holding it.
 */
export async function readSeats(db: Db, organisationId: string, eventId: string): Promise<{ quotas: Quota[]; counts: SeatCounts }> {
  const rows = await db
    .selectFrom('event_quotas')
    .select([
      sql<string>`'quota'`.as('kind'),
      'id as quota_id',
      sql<string | null>`null`.as('pool'),
      'seats as amount',
      'attribute_value',
      'label',
      'position',
    ])
    .$call(inOrganisation(organisationId, 'event_quotas'))
    .where('event_id', '=', eventId)
    .$castTo<SeatRow>()
    .unionAll(
      db
        .selectFrom('event_registrations')
        .select((eb) => [
          sql<string>`'held'`.as('kind'),
          'quota_id',
          'pool',
          eb.fn.countAll<number>().as('amount'),
          sql<string | null>`null`.as('attribute_value'),
          sql<string | null>`null`.as('label'),
          sql<number | null>`null`.as('position'),
        ])
        .$call(inOrganisation(organisationId, 'event_registrations'))
        .where('event_id', '=', eventId)
        .where('status', '=', 'confirmed')
        .groupBy(['quota_id', 'pool'])
        .$castTo<SeatRow>(),
    )
    .execute();
  const quotas = rows
    .filter((row) => row.kind === 'quota')
    .map((row) => ({
      id: row.quota_id ?? '',
      attributeValue: row.attribute_value ?? '',
      label: parseJsonColumn<LocalizedText>(row.label, { fi: row.attribute_value ?? '' }),
      seats: Number(row.amount),
      position: Number(row.position),
    }))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const held = rows.filter((row) => row.kind === 'held');
  const counts = countSeats(
    held.flatMap((row) =>
      Array.from({ length: Number(row.amount) }, () => ({ quotaId: row.quota_id, pool: (row.pool ?? 'open') as SeatPool })),
    ),
  );
  return { quotas, counts };
}
