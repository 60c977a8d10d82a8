import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { currentPrompt, type Note, type Prompt, type Vote, type WorkshopState } from '../model.ts';
import type { Stage, WorkshopStatus } from '../tables.ts';
import { buildWall, buildWalls, type Wall } from '../wall.ts';

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
  /** The participant's dots left on the current prompt (null for the console and projector, and in the shared part). */
  dotsLeft: number | null;
  walls: Wall[];
  /** The participant's own notes on the current prompt that the facilitator hid (empty in the shared part). */
  hiddenNotes: Array<{ id: string; text: string }>;
}

/**
 * What only one participant gets beside the shared view of their class: which
 * notes are theirs, their own dots, their dots left, and, while notes are
 * hidden and not revealed, their own wall (their notes are hidden from the
 * others, so they are not in the shared part). Small, and sent only when it changed.
 */
export interface PersonalView {
  dotsLeft: number | null;
  /** The participant's notes on the current prompt. */
  noteIds: string[];
  /** The participant's dots on the current prompt, by note or cluster id. */
  votes: Record<string, number>;
  /** The participant's own wall when it differs from the shared one (hidden, unrevealed notes of their own). */
  wall: Wall | null;
  /** Their notes on the current prompt that the facilitator hid from the room: only they still see them, marked so. */
  hiddenNotes: Array<{ id: string; text: string }>;
}

/**
 * Viewers of one class see the same shared view, so it is built and
 * serialised once per class and update: the console, the projector, and the
 * participants of each group (a group's wall is the same for all of them).
 */
export function viewerClass(viewer: LiveViewer): string {
  return viewer.kind === 'participant' ? `participant:${viewer.groupId ?? ''}` : viewer.kind;
}

function baseOf(state: WorkshopState, prompt: Prompt | null) {
  return {
    status: state.workshop.status,
    locked: state.workshop.locked,
    timerEndsAt: state.workshop.timerEndsAt,
    participantCount: state.participantCount,
    prompt: prompt ? { id: prompt.id, position: prompt.position, text: prompt.text, stage: prompt.stage, revealed: prompt.revealed } : null,
    promptCount: state.prompts.length,
    dots: state.workshop.dotsPerParticipant,
    dotsLeft: null,
    hiddenNotes: [],
  };
}

/**
 * The view every viewer of a class may see. Participants get their group's
 * wall as someone who wrote nothing sees it: others' notes only when not hidden
 * (or revealed), dot counts only at results, no note marked as theirs and no
 * dots of their own; the projector respects hidden notes too; the facilitator
 * sees everything.
 */
export function sharedView(state: WorkshopState, viewer: LiveViewer): LiveView {
  const prompt = currentPrompt(state);
  const base = baseOf(state, prompt);
  if (!prompt || prompt.stage === 'pending') return { ...base, walls: [] };
  const atResults = prompt.stage === 'results';
  if (viewer.kind === 'participant') {
    return { ...base, walls: [buildWall(state, prompt, viewer.groupId, { participantId: null, seeAll: false, showVotes: atResults })] };
  }
  const facilitator = viewer.kind === 'facilitator';
  return {
    ...base,
    walls: buildWalls(state, prompt, {
      participantId: null,
      seeAll: facilitator,
      showVotes: facilitator || atResults,
      showHidden: facilitator,
    }),
  };
}

interface Own {
  notes: Note[];
  votes: Vote[];
}

/** Each participant's notes and dots on the current prompt, indexed once per loaded state. */
const ownIndex = new WeakMap<WorkshopState, Map<string, Own>>();

function ownOf(state: WorkshopState, promptId: string, participantId: string): Own | undefined {
  let index = ownIndex.get(state);
  if (!index) {
    index = new Map();
    const entry = (id: string) => {
      let own = index?.get(id);
      if (!own) {
        own = { notes: [], votes: [] };
        index?.set(id, own);
      }
      return own;
    };
    for (const note of state.notes) if (note.promptId === promptId) entry(note.participantId).notes.push(note);
    for (const vote of state.votes) if (vote.promptId === promptId) entry(vote.participantId).votes.push(vote);
    ownIndex.set(state, index);
  }
  return index.get(participantId);
}

/** The participant's own part (null for the console and the projector). */
export function personalView(state: WorkshopState, viewer: LiveViewer): PersonalView | null {
  if (viewer.kind !== 'participant') return null;
  const prompt = currentPrompt(state);
  if (!prompt || prompt.stage === 'pending') return { dotsLeft: null, noteIds: [], votes: {}, wall: null, hiddenNotes: [] };
  const own = ownOf(state, prompt.id, viewer.participantId) ?? { notes: [], votes: [] };
  const votes: Record<string, number> = {};
  for (const vote of own.votes) {
    const target = vote.noteId ?? vote.clusterId;
    if (target) votes[target] = (votes[target] ?? 0) + 1;
  }
  const hiddenFromOthers =
    state.workshop.notesHidden && !prompt.revealed && own.notes.some((note) => note.groupId === viewer.groupId && note.hiddenAt === null);
  return {
    dotsLeft: Math.max(0, state.workshop.dotsPerParticipant - own.votes.length),
    noteIds: own.notes.map((note) => note.id),
    votes,
    wall: hiddenFromOthers
      ? buildWall(state, prompt, viewer.groupId, {
          participantId: viewer.participantId,
          seeAll: false,
          showVotes: prompt.stage === 'results',
        })
      : null,
    hiddenNotes: own.notes.filter((note) => note.hiddenAt !== null).map((note) => ({ id: note.id, text: note.text })),
  };
}

/**
 * One viewer's whole view: the shared view of their class with their own part
 * laid over it, as the client scripts merge it (`public/workshops/live.js`).
 */
export function liveView(state: WorkshopState, viewer: LiveViewer): LiveView {
  const shared = sharedView(state, viewer);
  const personal = personalView(state, viewer);
  return personal ? mergeView(shared, personal) : shared;
}

/** Lays a participant's own part over the shared view (the same merge as the client's). */
export function mergeView(shared: LiveView, personal: PersonalView): LiveView {
  const mine = new Set(personal.noteIds);
  type WallNote = Wall['notes'][number];
  const note = (item: WallNote): WallNote => ({
    ...item,
    mine: mine.has(item.id),
    myVotes: personal.votes[item.id] ?? 0,
    duplicates: item.duplicates.map(note),
  });
  const walls =
    personal.wall && personal.wall.promptId === shared.prompt?.id
      ? [personal.wall]
      : shared.walls.map((wall) => ({
          ...wall,
          clusters: wall.clusters.map((cluster) => ({
            ...cluster,
            myVotes: personal.votes[cluster.id] ?? 0,
            notes: cluster.notes.map(note),
          })),
          notes: wall.notes.map(note),
        }));
  return { ...shared, dotsLeft: personal.dotsLeft, walls, hiddenNotes: personal.hiddenNotes };
}
