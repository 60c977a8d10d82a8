import { z } from 'zod';
import { setStage } from '../commands/set-stage.ts';
import { idSchema, stageSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Moves a prompt to a stage and everyone to that prompt. */
export const setStageAction = facilitatorAction({
  name: 'workshops.prompt.stage',
  summary: 'Moves a prompt to a stage (pending, writing, clustering, voting, results) and everyone to that prompt',
  segment: 'stage',
  schema: z.object({ promptId: idSchema }).extend(stageSchema.shape),
  itemField: 'promptId',
  api: { method: 'POST', url: '/workshops/:id/prompts/:itemId/stage' },
  anchor: (input) => `prompt-${input.promptId}`,
  run: ({ context, workshop, input, now }) => setStage(context.db, workshop, input.promptId, input.stage, now),
});
