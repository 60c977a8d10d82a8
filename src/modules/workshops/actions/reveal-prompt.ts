import { z } from 'zod';
import { revealPrompt } from '../commands/reveal-prompt.ts';
import { idSchema } from '../schemas.ts';
import { facilitatorAction } from './facilitator-action.ts';

/** Reveals a prompt’s hidden notes to everyone. */
export const revealPromptAction = facilitatorAction({
  name: 'workshops.prompt.reveal',
  summary: 'Reveals a prompt’s hidden notes to everyone',
  segment: 'reveal',
  schema: z.object({ promptId: idSchema }),
  itemField: 'promptId',
  api: { method: 'POST', url: '/workshops/:id/prompts/:itemId/reveal' },
  anchor: (input) => `prompt-${input.promptId}`,
  run: ({ context, workshop, input, now }) => revealPrompt(context.db, workshop, input.promptId, now),
});
