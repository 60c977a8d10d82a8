import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { lockWorkshop, requireOpen } from './lock-workshop.ts';

/** Locks the room (nobody joins, writes or votes) or opens it again. */
export async function setLock(db: Db, workshopRef: Workshop, locked: boolean, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    await trx
      .updateTable('workshops')
      .set({ locked: locked ? 1 : 0 })
      .$call(inOrganisation(workshop.organisationId, 'workshops'))
      .where('id', '=', workshop.id)
      .execute();
  });
}
