import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../queries/find-process.ts';
import { auditProcessChange } from './command-support.ts';

/** Deletes a process with its phases, bodies and timeline (the foreign keys cascade); 404 for a foreign id. */
export async function deleteProcess(db: Db, actor: Actor, processId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findProcessById(trx, actor.organisationId, processId);
    if (!current) throw refuse.notFound();
    await trx.deleteFrom('processes').$call(inOrganisation(actor.organisationId, 'processes')).where('id', '=', processId).execute();
    const details = { slug: current.slug, title: current.title.fi };
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.process.delete', subjectType: 'process', subjectId: processId, details },
      now,
    );
  });
}
