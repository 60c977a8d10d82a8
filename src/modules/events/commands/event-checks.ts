import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { fromWallTime } from '../../../platform/zoned-time.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import type { EventInput } from '../schemas.ts';

/**
 * The event's start and end as UTC instants from the wall-clock times the
 * organiser typed in the organisation's time zone; a time skipped by the
 * spring change of daylight saving is a field error, not a guess.
 */
export function eventInstants(input: EventInput, timeZone: string): { startsAt: string; endsAt: string } {
  const startsAt = fromWallTime({ date: input.startsOn, time: input.startTime }, timeZone);
  const endsAt = fromWallTime({ date: input.endsOn ?? input.startsOn, time: input.endTime }, timeZone);
  const errors: FieldErrors = {};
  if (!startsAt) errors.startTime = { key: 'events.validation.timeSkipped' };
  if (!endsAt) errors.endTime = { key: 'events.validation.timeSkipped' };
  if (startsAt && endsAt && endsAt <= startsAt) errors.endTime = { key: 'events.validation.endBeforeStart' };
  if (!startsAt || !endsAt || Object.keys(errors).length > 0) throw refuse.invalid(errors);
  return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
}

/** Refuses bodies and timeline items that are not the process's own and units that are not the organisation's (foreign and deleted ids are unknown ids). */
export async function checkEventReferences(db: Db, organisationId: string, processId: string, input: EventInput): Promise<void> {
  const errors: FieldErrors = {};
  const bodyIds = [...new Set(input.audience === 'bodies' ? input.audienceBodyIds : [])];
  if (bodyIds.length > 0) {
    const found = await db
      .selectFrom('process_bodies')
      .select('id')
      .$call(inOrganisation(organisationId, 'process_bodies'))
      .where('process_id', '=', processId)
      .where('id', 'in', bodyIds)
      .execute();
    if (found.length !== bodyIds.length) errors.audienceBodyIds = { key: 'events.validation.unknownBody' };
  }
  const unitIds = [...new Set(input.audience === 'units' ? input.audienceUnitIds : [])];
  if (unitIds.length > 0) {
    const known = new Set(flattenUnitTree(await listUnitTree(db, organisationId)).map((unit) => unit.id));
    if (unitIds.some((id) => !known.has(id))) errors.audienceUnitIds = { key: 'events.validation.unknownUnit' };
  }
  if (input.timelineItemId) {
    const item = await db
      .selectFrom('timeline_items')
      .select('id')
      .$call(inOrganisation(organisationId, 'timeline_items'))
      .where('process_id', '=', processId)
      .where('id', '=', input.timelineItemId)
      .executeTakeFirst();
    if (!item) errors.timelineItemId = { key: 'events.validation.unknownTimelineItem' };
  }
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
}

/** The columns an event's details fill. */
export function eventColumns(input: EventInput, instants: { startsAt: string; endsAt: string }) {
  const json = (value: unknown) => JSON.stringify(value);
  return {
    kind: input.kind,
    title: json(input.title),
    description: json(input.description),
    agenda: json(input.agenda),
    summary: json(input.summary),
    place: json(input.place),
    online_url: input.onlineUrl,
    starts_at: instants.startsAt,
    ends_at: instants.endsAt,
    audience: input.audience,
    responsible: json(input.responsible),
    status: input.status,
    timeline_item_id: input.timelineItemId,
  };
}

/** Sets the bodies and units an event is for (none unless its audience is 'bodies' or 'units'). */
export async function replaceAudience(db: Db, organisationId: string, eventId: string, input: EventInput): Promise<void> {
  await db
    .deleteFrom('event_audience_bodies')
    .$call(inOrganisation(organisationId, 'event_audience_bodies'))
    .where('event_id', '=', eventId)
    .execute();
  await replaceAudienceUnits(db, organisationId, eventId, input);
  const bodyIds = [...new Set(input.audience === 'bodies' ? input.audienceBodyIds : [])];
  if (bodyIds.length === 0) return;
  await db
    .insertInto('event_audience_bodies')
    .values(bodyIds.map((bodyId) => ({ event_id: eventId, body_id: bodyId, organisation_id: organisationId })))
    .execute();
}

async function replaceAudienceUnits(db: Db, organisationId: string, eventId: string, input: EventInput): Promise<void> {
  await db
    .deleteFrom('event_audience_units')
    .$call(inOrganisation(organisationId, 'event_audience_units'))
    .where('event_id', '=', eventId)
    .execute();
  const unitIds = [...new Set(input.audience === 'units' ? input.audienceUnitIds : [])];
  if (unitIds.length === 0) return;
  await db
    .insertInto('event_audience_units')
    .values(unitIds.map((unitId) => ({ event_id: eventId, unit_id: unitId, organisation_id: organisationId })))
    .execute();
}
