import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { lockWorkshop, requireOpen } from './lock-workshop.ts';

/** Starts a timer of some minutes for everyone, or stops it with null. Clients count down to the stored end. */
export async function setTimer(db: Db, workshopRef: Workshop, minutes: number | null, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    const endsAt = minutes === null ? null : new Date(now.getTime() + minutes * 60_000).toISOString();
    await trx
      .updateTable('workshops')
      .set({ timer_ends_at: endsAt })
      .$call(inOrganisation(workshop.organisationId, 'workshops'))
      .where('id', '=', workshop.id)
      .execute();
  });
}
