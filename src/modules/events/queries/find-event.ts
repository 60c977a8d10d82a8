import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { EventAudience, EventKind, EventStatus, EventsTable, QuotaAttribute, RegistrationMode } from '../tables.ts';
import '../tables.ts';

/** An event as pages, the API, calendars and mails see it. */
export interface Event {
  id: string;
  organisationId: string;
  processId: string;
  timelineItemId: string | null;
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText;
  agenda: LocalizedText;
  summary: LocalizedText;
  place: LocalizedText;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  audience: EventAudience;
  audienceBodyIds: string[];
  /** The chosen units, for the 'units' audience (their staff and the staff beneath them). */
  audienceUnitIds: string[];
  responsible: LocalizedText;
  status: EventStatus;
  registrationMode: RegistrationMode;
  capacity: number | null;
  quotaAttribute: QuotaAttribute;
  registrationDeadline: string | null;
  quotaReleaseAt: string | null;
  answersRetentionDays: number;
  answersPurgedAt: string | null;
  sequence: number;
  createdAt: string;
  updatedAt: string;
}

const EMPTY: LocalizedText = { fi: '' };
const text = (value: string) => parseJsonColumn<LocalizedText>(value, EMPTY);

/** Shapes an events row with the ids of the bodies and units it is for. */
export function toEvent(row: EventsTable, audienceBodyIds: string[], audienceUnitIds: string[] = []): Event {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    timelineItemId: row.timeline_item_id,
    kind: row.kind,
    title: text(row.title),
    description: text(row.description),
    agenda: text(row.agenda),
    summary: text(row.summary),
    place: text(row.place),
    onlineUrl: row.online_url,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    audience: row.audience,
    audienceBodyIds,
    audienceUnitIds,
    responsible: text(row.responsible),
    status: row.status,
    registrationMode: row.registration_mode,
    capacity: row.capacity,
    quotaAttribute: row.quota_attribute,
    registrationDeadline: row.registration_deadline,
    quotaReleaseAt: row.quota_release_at,
    answersRetentionDays: row.answers_retention_days,
    answersPurgedAt: row.answers_purged_at,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The audience bodies of the given events, by event id (one query). */
export async function audienceBodiesOf(db: Db, organisationId: string, eventIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (eventIds.length === 0) return map;
  const rows = await db
    .selectFrom('event_audience_bodies')
    .select(['event_id', 'body_id'])
    .$call(inOrganisation(organisationId, 'event_audience_bodies'))
    .where('event_id', 'in', eventIds)
    .execute();
  for (const row of rows) map.set(row.event_id, [...(map.get(row.event_id) ?? []), row.body_id]);
  return map;
}

/** The audience units of the given events, by event id (one query; none when no id is given). */
export async function audienceUnitsOf(db: Db, organisationId: string, eventIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (eventIds.length === 0) return map;
  const rows = await db
    .selectFrom('event_audience_units')
    .select(['event_id', 'unit_id'])
    .$call(inOrganisation(organisationId, 'event_audience_units'))
    .where('event_id', 'in', eventIds)
    .execute();
  for (const row of rows) map.set(row.event_id, [...(map.get(row.event_id) ?? []), row.unit_id]);
  return map;
}

/** One event of the organisation, or undefined (a foreign id finds nothing). */
export async function findEvent(db: Db, organisationId: string, id: string): Promise<Event | undefined> {
  const row = await db
    .selectFrom('events')
    .selectAll()
    .$call(inOrganisation(organisationId, 'events'))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  // An event keeps audience rows only for its own kind of audience (replaceAudience): none to read otherwise.
  const bodies = await audienceBodiesOf(db, organisationId, row.audience === 'bodies' ? [row.id] : []);
  const units = await audienceUnitsOf(db, organisationId, row.audience === 'units' ? [row.id] : []);
  return toEvent(row, bodies.get(row.id) ?? [], units.get(row.id) ?? []);
}
