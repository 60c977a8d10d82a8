import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { TimelineItemInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';
import { checkTimelineReferences, timelineColumns, writeAudience } from './create-timeline-item.ts';

/** Saves a timeline item and replaces its audience; 404 unless the item is the process's. */
export async function updateTimelineItem(
  db: Db,
  actor: Actor,
  processId: string,
  itemId: string,
  input: TimelineItemInput,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('timeline_items')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'timeline_items'))
      .where('process_id', '=', processId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!existing) throw refuse.notFound();
    await checkTimelineReferences(trx, actor.organisationId, processId, input);
    await trx
      .updateTable('timeline_items')
      .set({ ...timelineColumns(input), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'timeline_items'))
      .where('process_id', '=', processId)
      .where('id', '=', itemId)
      .execute();
    await writeAudience(trx, actor.organisationId, itemId, input.audienceBodyIds);
    const details = { processId, title: input.title.fi, startsOn: input.startsOn };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.timeline.update', subjectType: 'timeline_item', subjectId: itemId, details },
      now,
    );
  });
}
