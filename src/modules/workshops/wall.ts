import type { Cluster, Note, Prompt, WorkshopState } from './model.ts';

/** A note as a viewer sees it on a wall. */
export interface WallNote {
  id: string;
  text: string;
  authorName: string | null;
  mine: boolean;
  /** Notes the facilitator merged into this one (duplicates). */
  duplicates: WallNote[];
  /** Dots on the note (only for notes outside clusters; 0 where the viewer may not see counts). */
  votes: number;
  myVotes: number;
  /** Set only on the console: the facilitator hid the note from the room. */
  hidden?: true;
}

/** A cluster as a viewer sees it. */
export interface WallCluster {
  id: string;
  name: string;
  votes: number;
  myVotes: number;
  notes: WallNote[];
}

/** One wall: a prompt's notes of one group (or of everyone when the workshop has no groups). */
export interface Wall {
  promptId: string;
  groupId: string | null;
  groupName: string | null;
  clusters: WallCluster[];
  /** Notes outside clusters. */
  notes: WallNote[];
  /** Notes the viewer sees, duplicates included. */
  noteCount: number;
  /** Notes on this wall the viewer may not see yet (hidden until revealed). */
  hiddenCount: number;
}

/** Who is looking: the facilitator sees everything; a participant their own notes and what is revealed. */
export interface WallViewer {
  participantId: string | null;
  seeAll: boolean;
  showVotes: boolean;
  /** The console: notes the facilitator hid stay on the wall, marked hidden; everyone else never gets them. */
  showHidden?: boolean;
}

/** A ranked result: a cluster or a lone note with its dots. */
export interface RankedItem {
  type: 'cluster' | 'note';
  id: string;
  label: string;
  votes: number;
  notes: WallNote[];
}

function visibleTo(state: WorkshopState, prompt: Prompt, note: Note, viewer: WallViewer): boolean {
  return viewer.seeAll || !state.workshop.notesHidden || prompt.revealed || note.participantId === viewer.participantId;
}

function countBy(values: Array<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Items by a key, in their order; items without a key are left out. */
function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The wall of one prompt and group, as this viewer may see it. */
export function buildWall(state: WorkshopState, prompt: Prompt, groupId: string | null, viewer: WallViewer): Wall {
  // A note the facilitator hid is off every wall but the console's: not shown, not counted, not even as "not revealed yet".
  const onWall = state.notes.filter(
    (note) => note.promptId === prompt.id && note.groupId === groupId && (note.hiddenAt === null || viewer.showHidden === true),
  );
  const visible = onWall.filter((note) => visibleTo(state, prompt, note, viewer));
  const votes = state.votes.filter((vote) => vote.promptId === prompt.id);
  const mine = votes.filter((vote) => vote.participantId === viewer.participantId);
  const noteVotes = countBy(votes.map((vote) => vote.noteId));
  const clusterVotes = countBy(votes.map((vote) => vote.clusterId));
  const myNoteVotes = countBy(mine.map((vote) => vote.noteId));
  const myClusterVotes = countBy(mine.map((vote) => vote.clusterId));
  const shown = (count: number | undefined) => (viewer.showVotes ? (count ?? 0) : 0);
  const visibleIds = new Set(visible.map((note) => note.id));
  // Indexed once, so a wall of thousands of notes is built in one pass, not one scan per note.
  const duplicatesOf = groupBy(visible, (note) => note.mergedIntoId);
  const toWallNote = (note: Note): WallNote => ({
    id: note.id,
    text: note.text,
    authorName: state.workshop.noteNames === 'named' ? note.authorName : null,
    mine: viewer.participantId !== null && note.participantId === viewer.participantId,
    duplicates: (duplicatesOf.get(note.id) ?? []).map(toWallNote),
    votes: shown(noteVotes.get(note.id)),
    myVotes: myNoteVotes.get(note.id) ?? 0,
    ...(note.hiddenAt !== null ? { hidden: true as const } : {}),
  });
  // A duplicate whose original the viewer cannot see stands on its own.
  const top = visible.filter((note) => !note.mergedIntoId || !visibleIds.has(note.mergedIntoId));
  const inCluster = groupBy(top, (note) => note.clusterId);
  const clusters = state.clusters
    .filter((cluster: Cluster) => cluster.promptId === prompt.id && cluster.groupId === groupId)
    .map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      votes: shown(clusterVotes.get(cluster.id)),
      myVotes: myClusterVotes.get(cluster.id) ?? 0,
      notes: (inCluster.get(cluster.id) ?? []).map(toWallNote),
    }));
  const clusterIds = new Set(clusters.map((cluster) => cluster.id));
  return {
    promptId: prompt.id,
    groupId,
    groupName: state.groups.find((group) => group.id === groupId)?.name ?? null,
    clusters,
    notes: top.filter((note) => !note.clusterId || !clusterIds.has(note.clusterId)).map(toWallNote),
    noteCount: visible.length,
    hiddenCount: onWall.length - visible.length,
  };
}

/** The groups that have a wall on this prompt: every group, and "no group" when some notes have none. */
export function wallGroupIds(state: WorkshopState, prompt: Prompt): Array<string | null> {
  const ids: Array<string | null> = state.groups.map((group) => group.id);
  const ungrouped = state.notes.some((note) => note.promptId === prompt.id && note.groupId === null);
  if (ids.length === 0 || ungrouped) ids.push(null);
  return ids;
}

/** Every wall of a prompt, for the facilitator, the projector and the results. */
export function buildWalls(state: WorkshopState, prompt: Prompt, viewer: WallViewer): Wall[] {
  return wallGroupIds(state, prompt).map((groupId) => buildWall(state, prompt, groupId, viewer));
}

/** A wall's clusters and lone notes, most dots first (ties keep the wall's order). */
export function rankWall(wall: Wall): RankedItem[] {
  const items: RankedItem[] = [
    ...wall.clusters.map((cluster) => ({
      type: 'cluster' as const,
      id: cluster.id,
      label: cluster.name,
      votes: cluster.votes,
      notes: cluster.notes,
    })),
    ...wall.notes.map((note) => ({ type: 'note' as const, id: note.id, label: note.text, votes: note.votes, notes: [note] })),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.votes - a.item.votes || a.index - b.index)
    .map(({ item }) => item);
}

/** Dots a participant has used on a prompt. */
export function dotsUsed(state: WorkshopState, participantId: string, promptId: string): number {
  return state.votes.filter((vote) => vote.participantId === participantId && vote.promptId === promptId).length;
}
