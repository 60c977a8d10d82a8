import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { lockWorkshop } from './lock-workshop.ts';

/** Opens an ended workshop again: its code works again (for a session continued another day). */
export async function reopenWorkshop(db: Db, actor: Actor, workshopRef: Workshop, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    await trx
      .updateTable('workshops')
      .set({ status: 'open', closed_at: null })
      .$call(inOrganisation(workshop.organisationId, 'workshops'))
      .where('id', '=', workshop.id)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: workshop.organisationId,
        actorUserId: actor.userId,
        action: 'workshops.workshop.reopen',
        subjectType: 'workshop',
        subjectId: workshop.id,
      },
      now,
    );
  });
}
