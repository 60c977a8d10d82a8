import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findProcessById } from '../queries/find-process.ts';
import type { BodyInput } from '../schemas.ts';
import { auditProcessChange, nextPosition } from './command-support.ts';

async function parentOf(trx: Db, organisationId: string, processId: string, bodyId: string) {
  return trx
    .selectFrom('process_bodies')
    .select(['id', 'parent_id'])
    .$call(inOrganisation(organisationId, 'process_bodies'))
    .where('process_id', '=', processId)
    .where('id', '=', bodyId)
    .executeTakeFirst();
}

/** 422 unless the parent is a body of the same process and not the body itself or one beneath it. */
export async function checkBodyParent(trx: Db, actor: Actor, processId: string, parentId: string | null, bodyId: string | null) {
  if (!parentId) return;
  const parent = await parentOf(trx, actor.organisationId, processId, parentId);
  if (!parent) throw refuse.invalid({ parentId: { key: 'processes.admin.body.unknownParent' } });
  // Walk up from the new parent: meeting the body itself would make a cycle.
  let cursor: string | null = parent.id;
  for (let depth = 0; cursor && depth < 1000; depth += 1) {
    if (cursor === bodyId) throw refuse.invalid({ parentId: { key: 'processes.admin.body.cycle' } });
    cursor = (await parentOf(trx, actor.organisationId, processId, cursor))?.parent_id ?? null;
  }
}

/** Adds a body to the process's organisation chart; answers its id. */
export async function createBody(db: Db, actor: Actor, processId: string, input: BodyInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await findProcessById(trx, actor.organisationId, processId))) throw refuse.notFound();
    await checkBodyParent(trx, actor, processId, input.parentId, null);
    const last = await trx
      .selectFrom('process_bodies')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'process_bodies'))
      .where('process_id', '=', processId)
      .executeTakeFirst();
    await trx
      .insertInto('process_bodies')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        parent_id: input.parentId,
        kind: input.kind,
        name: JSON.stringify(input.name),
        description: JSON.stringify(input.description),
        position: nextPosition(last),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    const details = { processId, kind: input.kind, name: input.name.fi };
    await auditProcessChange(trx, actor, { action: 'processes.body.create', subjectType: 'body', subjectId: id, details }, now);
  });
  return id;
}
