import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Process } from '../../processes/index.ts';
import { findReport } from '../report/find-report.ts';
import type { BuiltReport } from '../report/model.ts';

/**
 * Publishes a process's final report as built now: the public page, its API, XLSX, PDF and the open
 * data read this fixed copy until the coordinator publishes again.
 */
export async function publishReport(db: Db, actor: Actor, process: Process, report: BuiltReport, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const published = JSON.stringify(report);
    const existing = await findReport(trx, actor.organisationId, process.id);
    if (existing) {
      await trx
        .updateTable('reports')
        .set({ published, published_at: stamp, updated_by_user_id: actor.userId, updated_at: stamp })
        .$call(inOrganisation(actor.organisationId, 'reports'))
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('reports')
        .values({
          id: newId(),
          organisation_id: actor.organisationId,
          process_id: process.id,
          sections: '{}',
          licence: report.licence,
          published,
          published_at: stamp,
          updated_by_user_id: actor.userId,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'reports.report.publish',
        subjectType: 'process',
        subjectId: process.id,
        details: {},
      },
      now,
    );
  });
}
