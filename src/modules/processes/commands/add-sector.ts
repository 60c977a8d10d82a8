import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import type { SectorInput } from '../schemas.ts';
import { auditProcessChange, nextPosition, requireBody } from './command-support.ts';

/** A conflict with a field error at the key (409): the body has a sector by that key already. */
const keyTaken = () => new Refusal('conflict', 'processes.admin.sector.keyTaken', {}, { key: { key: 'processes.admin.sector.keyTaken' } });

async function isKeyTaken(db: Db, organisationId: string, bodyId: string, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('body_sectors')
    .select('id')
    .$call(inOrganisation(organisationId, 'body_sectors'))
    .where('body_id', '=', bodyId)
    .where('key', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds a sector to a stakeholder panel; 409 at the key when the body already has it. Answers the sector's id. */
export async function addSector(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string },
  input: SectorInput,
  now: Date,
): Promise<string> {
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await requireBody(trx, actor.organisationId, ids.processId, ids.bodyId);
      if (await isKeyTaken(trx, actor.organisationId, ids.bodyId, input.key)) throw keyTaken();
      const last = await trx
        .selectFrom('body_sectors')
        .select((eb) => eb.fn.max('position').as('position'))
        .$call(inOrganisation(actor.organisationId, 'body_sectors'))
        .where('body_id', '=', ids.bodyId)
        .executeTakeFirst();
      await trx
        .insertInto('body_sectors')
        .values({
          id,
          organisation_id: actor.organisationId,
          body_id: ids.bodyId,
          key: input.key,
          name: JSON.stringify(input.name),
          position: nextPosition(last),
        })
        .execute();
      const details = { ...ids, key: input.key };
      await auditProcessChange(trx, actor, { action: 'processes.sector.add', subjectType: 'sector', subjectId: id, details }, now);
    });
  } catch (error) {
    // A concurrent add may take the key between the check and the insert; the unique constraint then refuses it.
    if (!(error instanceof Refusal) && (await isKeyTaken(db, actor.organisationId, ids.bodyId, input.key))) throw keyTaken();
    throw error;
  }
  return id;
}
