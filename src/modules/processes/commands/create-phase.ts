import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../queries/find-process.ts';
import type { PhaseInput } from '../schemas.ts';
import { auditProcessChange, nextPosition } from './command-support.ts';

/** Adds a phase after the process's last one; answers its id. */
export async function createPhase(db: Db, actor: Actor, processId: string, input: PhaseInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await findProcessById(trx, actor.organisationId, processId))) throw refuse.notFound();
    const last = await trx
      .selectFrom('process_phases')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'process_phases'))
      .where('process_id', '=', processId)
      .executeTakeFirst();
    await trx
      .insertInto('process_phases')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        position: nextPosition(last),
        title: JSON.stringify(input.title),
        description: JSON.stringify(input.description),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const details = { processId, title: input.title.fi };
    await auditProcessChange(trx, actor, { action: 'processes.phase.create', subjectType: 'phase', subjectId: id, details }, now);
  });
  return id;
}
