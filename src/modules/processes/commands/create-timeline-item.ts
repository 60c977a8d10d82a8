import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../queries/find-process.ts';
import type { TimelineItemInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';

/** 422 at the field unless the phase and every audience body belong to the same process. */
export async function checkTimelineReferences(trx: Db, organisationId: string, processId: string, input: TimelineItemInput) {
  if (input.phaseId) {
    const phase = await trx
      .selectFrom('process_phases')
      .select('id')
      .$call(inOrganisation(organisationId, 'process_phases'))
      .where('process_id', '=', processId)
      .where('id', '=', input.phaseId)
      .executeTakeFirst();
    if (!phase) throw refuse.invalid({ phaseId: { key: 'processes.admin.timeline.unknownPhase' } });
  }
  if (input.audienceBodyIds.length === 0) return;
  const bodies = await trx
    .selectFrom('process_bodies')
    .select('id')
    .$call(inOrganisation(organisationId, 'process_bodies'))
    .where('process_id', '=', processId)
    .where('id', 'in', input.audienceBodyIds)
    .execute();
  if (bodies.length !== input.audienceBodyIds.length)
    throw refuse.invalid({ audienceBodyIds: { key: 'processes.admin.timeline.unknownBody' } });
}

/** Replaces a timeline item's audience with the given bodies. */
export async function writeAudience(trx: Db, organisationId: string, itemId: string, bodyIds: string[]): Promise<void> {
  await trx
    .deleteFrom('timeline_item_audiences')
    .$call(inOrganisation(organisationId, 'timeline_item_audiences'))
    .where('timeline_item_id', '=', itemId)
    .execute();
  if (bodyIds.length === 0) return;
  await trx
    .insertInto('timeline_item_audiences')
    .values(bodyIds.map((bodyId) => ({ timeline_item_id: itemId, body_id: bodyId, organisation_id: organisationId })))
    .execute();
}

/** The columns a timeline item's input sets. */
export function timelineColumns(input: TimelineItemInput) {
  return {
    phase_id: input.phaseId,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    start_time: input.startTime,
    end_time: input.endTime,
    date_precision: input.datePrecision,
    kind: input.kind,
    title: JSON.stringify(input.title),
    purpose: JSON.stringify(input.purpose),
    responsible: JSON.stringify(input.responsible),
  };
}

/** Adds an activity to the process's timeline with its audience bodies; answers its id. */
export async function createTimelineItem(db: Db, actor: Actor, processId: string, input: TimelineItemInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await findProcessById(trx, actor.organisationId, processId))) throw refuse.notFound();
    await checkTimelineReferences(trx, actor.organisationId, processId, input);
    await trx
      .insertInto('timeline_items')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        ...timelineColumns(input),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await writeAudience(trx, actor.organisationId, id, input.audienceBodyIds);
    const details = { processId, title: input.title.fi, startsOn: input.startsOn };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.timeline.create', subjectType: 'timeline_item', subjectId: id, details },
      now,
    );
  });
  return id;
}
