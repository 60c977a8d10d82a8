import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { currentPrompt, type WorkshopState } from '../model.ts';
import type { Stage, WorkshopStatus } from '../tables.ts';
import { buildWall, buildWalls, dotsUsed, type Wall } from '../wall.ts';

/** Who watches a live room: the facilitator's console, the projector, or one participant. */
export type LiveViewer =
  | { kind: 'facilitator' }
  | { kind: 'projector' }
  | { kind: 'participant'; participantId: string; groupId: string | null };

/** What a live client gets: the room's state as this viewer may see it. */
export interface LiveView {
  status: WorkshopStatus;
  locked: boolean;
  timerEndsAt: string | null;
  participantCount: number;
  prompt: { id: string; position: number; text: LocalizedText; stage: Stage; revealed: boolean } | null;
  promptCount: number;
  dots: number;
  /** The participant's dots left on the current prompt (null for the console and projector). */
  dotsLeft: number | null;
  walls: Wall[];
}

/**
 * Cuts one viewer's view from the room's state. Participants get their own
 * group's wall, with others' notes only when not hidden (or revealed) and dot
 * counts only at results; the projector respects hidden notes too; the
 * facilitator sees everything.
 */
export function liveView(state: WorkshopState, viewer: LiveViewer): LiveView {
  const prompt = currentPrompt(state);
  const atResults = prompt?.stage === 'results';
  const base = {
    status: state.workshop.status,
    locked: state.workshop.locked,
    timerEndsAt: state.workshop.timerEndsAt,
    participantCount: state.participantCount,
    prompt: prompt ? { id: prompt.id, position: prompt.position, text: prompt.text, stage: prompt.stage, revealed: prompt.revealed } : null,
    promptCount: state.prompts.length,
    dots: state.workshop.dotsPerParticipant,
  };
  if (!prompt || prompt.stage === 'pending') return { ...base, dotsLeft: null, walls: [] };
  if (viewer.kind === 'participant') {
    const wall = buildWall(state, prompt, viewer.groupId, { participantId: viewer.participantId, seeAll: false, showVotes: atResults });
    const dotsLeft = Math.max(0, state.workshop.dotsPerParticipant - dotsUsed(state, viewer.participantId, prompt.id));
    return { ...base, dotsLeft, walls: [wall] };
  }
  const facilitator = viewer.kind === 'facilitator';
  return {
    ...base,
    dotsLeft: null,
    walls: buildWalls(state, prompt, { participantId: null, seeAll: facilitator, showVotes: facilitator || atResults }),
  };
}
