import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../queries/find-process.ts';
import type { ProcessVisibility } from '../tables.ts';
import { auditProcessChange } from './command-support.ts';
import { publishedAt } from './create-process.ts';

/** Publishes a process (public or internal) or takes it back to a draft; 404 for a foreign id. */
export async function setProcessVisibility(
  db: Db,
  actor: Actor,
  processId: string,
  visibility: ProcessVisibility,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findProcessById(trx, actor.organisationId, processId);
    if (!current) throw refuse.notFound();
    await trx
      .updateTable('processes')
      .set({ visibility, published_at: publishedAt(visibility, current.publishedAt, now), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'processes'))
      .where('id', '=', processId)
      .execute();
    const details = { visibility, previousVisibility: current.visibility };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.process.visibility', subjectType: 'process', subjectId: processId, details },
      now,
    );
  });
}
