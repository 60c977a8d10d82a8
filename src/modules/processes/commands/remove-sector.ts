import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { auditProcessChange, requireBody } from './command-support.ts';

/** Removes a sector from a body; its members stay, without a sector. 404 unless the sector is the body's. */
export async function removeSector(
  db: Db,
  actor: Actor,
  ids: { processId: string; bodyId: string; sectorId: string },
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireBody(trx, actor.organisationId, ids.processId, ids.bodyId);
    const result = await trx
      .deleteFrom('body_sectors')
      .$call(inOrganisation(actor.organisationId, 'body_sectors'))
      .where('body_id', '=', ids.bodyId)
      .where('id', '=', ids.sectorId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw refuse.notFound();
    // sector_id has no foreign key (members may predate sectors), so clear it here.
    await trx
      .updateTable('body_members')
      .set({ sector_id: null })
      .$call(inOrganisation(actor.organisationId, 'body_members'))
      .where('body_id', '=', ids.bodyId)
      .where('sector_id', '=', ids.sectorId)
      .execute();
    await auditProcessChange(
      trx,
      actor,
      { action: 'processes.sector.remove', subjectType: 'sector', subjectId: ids.sectorId, details: ids },
      now,
    );
  });
}
