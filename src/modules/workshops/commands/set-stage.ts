import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Workshop } from '../model.ts';
import type { Stage } from '../tables.ts';
import { loadPrompt } from './load-prompt.ts';
import { lockWorkshop, requireOpen } from './lock-workshop.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

/**
 * Moves a prompt to a stage and makes it the one everybody is on: the
 * facilitator moves the whole room at once. The prompt's notes are recorded
 * again, so the corpus has the clusters and dots as they stood.
 */
export async function setStage(db: Db, workshopRef: Workshop, promptId: string, stage: Stage, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    const prompt = await loadPrompt(trx, workshop, promptId);
    await trx
      .updateTable('workshop_prompts')
      .set({ stage })
      .$call(inOrganisation(workshop.organisationId, 'workshop_prompts'))
      .where('id', '=', prompt.id)
      .execute();
    await trx
      .updateTable('workshops')
      .set({ current_prompt_id: prompt.id })
      .$call(inOrganisation(workshop.organisationId, 'workshops'))
      .where('id', '=', workshop.id)
      .execute();
    await recordNoteContributions(trx, workshop, { promptId: prompt.id }, now);
  });
}
