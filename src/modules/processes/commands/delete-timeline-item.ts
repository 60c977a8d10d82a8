import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { auditProcessChange } from './command-support.ts';

/** Deletes a timeline item with its audience; 404 unless the item is the process's. */
export async function deleteTimelineItem(db: Db, actor: Actor, processId: string, itemId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('timeline_items')
      .$call(inOrganisation(actor.organisationId, 'timeline_items'))
      .where('process_id', '=', processId)
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw refuse.notFound();
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.timeline.delete', subjectType: 'timeline_item', subjectId: itemId, details: { processId } },
      now,
    );
  });
}
