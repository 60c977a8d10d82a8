import type { Prompt } from '../model.ts';
import type { Stage } from '../tables.ts';

/**
 * The one state the console shows for a prompt, derived from its stage and
 * whether the room is on it: a prompt the room left before its results is
 * "paused" (its stage is kept, so it can be continued), one at results is done.
 */
export type PromptState = 'notStarted' | 'writing' | 'clustering' | 'voting' | 'done' | 'paused';

/** What the facilitator does next with a prompt: the stage the room is moved to, and how the button says it. */
export interface PromptStep {
  stage: Stage;
  kind: 'start' | 'advance' | 'continue';
}

const NEXT: Partial<Record<Stage, Stage>> = { pending: 'writing', writing: 'clustering', clustering: 'voting', voting: 'results' };

/** The prompt's single state. */
export function promptState(prompt: Prompt, current: Prompt | null): PromptState {
  if (prompt.stage === 'pending') return 'notStarted';
  if (prompt.stage === 'results') return 'done';
  if (prompt.id !== current?.id) return 'paused';
  return prompt.stage;
}

/** The prompt's one next step, or null when it is done. */
export function nextStep(prompt: Prompt, current: Prompt | null): PromptStep | null {
  const state = promptState(prompt, current);
  if (state === 'done') return null;
  if (state === 'notStarted') return { stage: 'writing', kind: 'start' };
  if (state === 'paused') return { stage: prompt.stage, kind: 'continue' };
  return { stage: NEXT[prompt.stage] as Stage, kind: 'advance' };
}

/**
 * Which prompt's step is the console's primary action: the current prompt's
 * next stage while it runs, else the first prompt not started after it (then
 * any paused or unstarted one); null when every prompt is done, when the
 * next action is to close the room.
 */
export function primaryPromptId(prompts: Prompt[], current: Prompt | null): string | null {
  if (current && nextStep(current, current)) return current.id;
  const after = prompts.filter((prompt) => !current || prompt.position > current.position);
  const pick =
    after.find((prompt) => promptState(prompt, current) === 'notStarted') ?? prompts.find((prompt) => nextStep(prompt, current) !== null);
  return pick?.id ?? null;
}
