import type { Prompt, WorkshopState } from './model.ts';
import { buildWalls, type Wall } from './wall.ts';

/** A prompt with its walls as results: clusters and notes with their dots. */
export interface PromptResults {
  prompt: Prompt;
  /** False while the prompt's results are not out yet for this viewer (walls then empty). */
  ready: boolean;
  walls: Wall[];
}

/** Whether a prompt's results are out: it reached the results stage, or the workshop has ended. */
export function resultsReady(state: WorkshopState, prompt: Prompt): boolean {
  return state.workshop.status === 'closed' || prompt.stage === 'results';
}

/**
 * The results of every prompt. The facilitator sees every wall as it stands;
 * everyone else sees a prompt's notes, clusters and dots once its results are
 * out, and nothing of it before.
 */
export function workshopResults(state: WorkshopState, options: { facilitates: boolean }): PromptResults[] {
  return state.prompts.map((prompt) => {
    const ready = options.facilitates || resultsReady(state, prompt);
    const walls = ready ? buildWalls(state, prompt, { participantId: null, seeAll: true, showVotes: true }) : [];
    return { prompt, ready, walls };
  });
}
