import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import { loadPrompt } from './load-prompt.ts';
import { lockWorkshop } from './lock-workshop.ts';

/** Reveals a prompt's hidden notes to everyone (sessions whose notes are hidden until revealed). */
export async function revealPrompt(db: Db, workshopRef: Workshop, promptId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    const prompt = await loadPrompt(trx, workshop, promptId);
    await trx
      .updateTable('workshop_prompts')
      .set({ revealed: 1 })
      .$call(inOrganisation(workshop.organisationId, 'workshop_prompts'))
      .where('id', '=', prompt.id)
      .execute();
  });
}
