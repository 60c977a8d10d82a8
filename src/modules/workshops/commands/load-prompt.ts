import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { type Prompt, toPrompt, type Workshop } from '../model.ts';
import type { Stage } from '../tables.ts';

/** The workshop's prompt with this id; 404 for any other. */
export async function loadPrompt(trx: Db, workshop: Workshop, promptId: string): Promise<Prompt> {
  const row = await trx
    .selectFrom('workshop_prompts')
    .select(['id', 'position', 'text', 'stage', 'revealed'])
    .$call(inOrganisation(workshop.organisationId, 'workshop_prompts'))
    .where('workshop_id', '=', workshop.id)
    .where('id', '=', promptId)
    .executeTakeFirst();
  if (!row) throw refuse.notFound();
  return toPrompt(row);
}

/**
 * The prompt participants are on, when it is at one of the given stages;
 * otherwise 409 with `messageKey` (writing has closed, voting has not started …).
 */
export async function requireCurrentStage(
  trx: Db,
  workshop: Workshop,
  stages: Stage[],
  messageKey: string,
  promptId?: string,
): Promise<Prompt> {
  const id = promptId ?? workshop.currentPromptId;
  if (!id || (promptId !== undefined && promptId !== workshop.currentPromptId)) throw refuse.conflict(messageKey);
  const prompt = await loadPrompt(trx, workshop, id);
  if (!stages.includes(prompt.stage)) throw refuse.conflict(messageKey);
  return prompt;
}
