import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Process } from '../../processes/index.ts';
import { findReport } from '../report/find-report.ts';
import { DEFAULT_LICENCE, type SectionKey } from '../report/model.ts';

/** Saves the coordinator's text of one section of a process's final report (the report row is made on the first save). */
export async function saveSection(db: Db, actor: Actor, process: Process, key: SectionKey, text: LocalizedText, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const stamp = now.toISOString();
    const existing = await findReport(trx, actor.organisationId, process.id);
    const sections = JSON.stringify({ ...(existing?.sections ?? {}), [key]: text });
    if (existing) {
      await trx
        .updateTable('reports')
        .set({ sections, updated_by_user_id: actor.userId, updated_at: stamp })
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
          sections,
          licence: DEFAULT_LICENCE,
          published: null,
          published_at: null,
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
        action: 'reports.section.update',
        subjectType: 'process',
        subjectId: process.id,
        details: { section: key },
      },
      now,
    );
  });
}
