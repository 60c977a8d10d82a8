import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inGroupCommitCombined, type Outcome, type Trx } from '../../../platform/db/group-commit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import type { Stage, WorkshopVotesTable } from '../tables.ts';
import { type LockedRoom, lockRoomForDot, requireOpen, requireUnlocked, workshopCommitKey } from './lock-workshop.ts';

/** A dot's target: a cluster, or a note outside clusters. */
export interface VoteTarget {
  targetType: 'note' | 'cluster';
  targetId: string;
}

type Wall = { promptId: string; groupId: string | null; stage: Stage; noteId: string | null; clusterId: string | null };

/** A target's wall, or why no dot can go on it. */
type WallOrRefusal = { wall: Wall } | { error: unknown };

const targetKey = (target: VoteTarget) => `${target.targetType}:${target.targetId}`;

/**
 * The walls (prompt and group) of dots' targets, with their prompts' stage, in one query per kind
 * of target; notes in clusters and duplicates are voted through their cluster or original. A
 * target of another workshop, or none, is refused with 404.
 */
async function targetWalls(trx: Db, workshop: Workshop, targets: VoteTarget[]): Promise<Map<string, WallOrRefusal>> {
  const walls = new Map<string, WallOrRefusal>();
  const clusterIds = [...new Set(targets.filter((target) => target.targetType === 'cluster').map((target) => target.targetId))];
  const noteIds = [...new Set(targets.filter((target) => target.targetType === 'note').map((target) => target.targetId))];
  if (clusterIds.length > 0) {
    const clusters = await trx
      .selectFrom('workshop_clusters')
      .innerJoin('workshop_prompts', 'workshop_prompts.id', 'workshop_clusters.prompt_id')
      .select(['workshop_clusters.id', 'workshop_clusters.prompt_id', 'workshop_clusters.group_id', 'workshop_prompts.stage'])
      .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
      .where('workshop_clusters.workshop_id', '=', workshop.id)
      .whereRef('workshop_prompts.workshop_id', '=', 'workshop_clusters.workshop_id')
      .where('workshop_clusters.id', 'in', clusterIds)
      .execute();
    for (const cluster of clusters) {
      const wall = { promptId: cluster.prompt_id, groupId: cluster.group_id, stage: cluster.stage, noteId: null, clusterId: cluster.id };
      walls.set(`cluster:${cluster.id}`, { wall });
    }
  }
  if (noteIds.length > 0) {
    const notes = await trx
      .selectFrom('workshop_notes')
      .innerJoin('workshop_prompts', 'workshop_prompts.id', 'workshop_notes.prompt_id')
      .select([
        'workshop_notes.id',
        'workshop_notes.prompt_id',
        'workshop_notes.group_id',
        'workshop_notes.cluster_id',
        'workshop_notes.merged_into_id',
        'workshop_notes.hidden_at',
        'workshop_prompts.stage',
      ])
      .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
      .where('workshop_notes.workshop_id', '=', workshop.id)
      .whereRef('workshop_prompts.workshop_id', '=', 'workshop_notes.workshop_id')
      .where('workshop_notes.id', 'in', noteIds)
      .execute();
    for (const note of notes) {
      let known: WallOrRefusal;
      if (note.hidden_at !== null) known = { error: refuse.conflict('workshops.vote.noteHidden') };
      else if (note.cluster_id || note.merged_into_id)
        known = { error: refuse.invalid({ targetId: { key: 'workshops.vote.voteTheCluster' } }) };
      else known = { wall: { promptId: note.prompt_id, groupId: note.group_id, stage: note.stage, noteId: note.id, clusterId: null } };
      walls.set(`note:${note.id}`, known);
    }
  }
  for (const target of targets) if (!walls.has(targetKey(target))) walls.set(targetKey(target), { error: refuse.notFound() });
  return walls;
}

/** The wall of one dot's target (`targetWalls` for one); throws its refusal. */
export async function targetWall(trx: Db, workshop: Workshop, target: VoteTarget): Promise<Wall> {
  const known = (await targetWalls(trx, workshop, [target])).get(targetKey(target));
  if (!known || 'error' in known) throw known?.error ?? refuse.notFound();
  return known.wall;
}

/** Throws 409 unless the target's prompt is the one participants are on and its vote is open. */
export function requireVoteOpen(workshop: Workshop, wall: { promptId: string; stage: Stage }): void {
  if (wall.promptId !== workshop.currentPromptId || wall.stage !== 'voting') throw refuse.conflict('workshops.vote.notOpen');
}

/** A participant's own dots on the prompt after a dot: by note or cluster id, and how many are left. */
export interface OwnDots {
  votes: Record<string, number>;
  dotsLeft: number;
}

/** One dot as asked for: who places it, where, and when. */
interface Dot {
  workshop: Workshop;
  participant: { id: string; groupId: string | null };
  target: VoteTarget;
  now: Date;
}

/**
 * Places one dot while the vote is open, and answers the participant's own dots on the prompt, so
 * the phone shows the dot at once rather than after the room's next update. The limit of dots per
 * participant is counted inside the transaction that holds the workshop's lock, so two quick taps
 * cannot both take the last dot. Dots that arrive together are decided together (`placeDots`).
 */
export function castVote(
  db: Db,
  workshop: Workshop,
  participant: { id: string; groupId: string | null },
  target: VoteTarget,
  now: Date,
): Promise<OwnDots> {
  return inGroupCommitCombined(db, workshopCommitKey(workshop), {
    kind: 'workshops.dot',
    input: { workshop, participant, target, now } satisfies Dot,
    runAll: placeDots,
  });
}

/**
 * Decides a run of dots that arrived together, in arrival order, each exactly as it would be alone:
 * the workshop is locked once (`lockRoomForDot`), the walls of their targets and the dots their
 * participants already have are read in one query each, and the dots kept are written in one
 * insert. A refused dot writes nothing and does not stop the others.
 */
async function placeDots(trx: Trx, dots: Dot[]): Promise<Array<Outcome<OwnDots>>> {
  const first = dots[0]!;
  const room = await lockRoomForDot(trx, first.workshop.organisationId, first.workshop.id, dots.at(-1)!.now);
  const { workshop } = room;
  try {
    requireOpen(workshop);
    requireUnlocked(workshop);
  } catch (error) {
    return dots.map(() => ({ ok: false, error }));
  }
  const unknownTargets = dots.map((dot) => dot.target).filter((target) => !room.walls.has(targetKey(target)));
  if (unknownTargets.length > 0) for (const [key, known] of await targetWalls(trx, workshop, unknownTargets)) room.walls.set(key, known);
  await readPlacedDots(trx, room, dots);
  const rows: Array<Insertable<WorkshopVotesTable>> = [];
  const outcomes = dots.map((dot): Outcome<OwnDots> => {
    try {
      return { ok: true, value: decideDot(room, dot, rows) };
    } catch (error) {
      return { ok: false, error };
    }
  });
  for (let from = 0; from < rows.length; from += INSERT_CHUNK) {
    await trx
      .insertInto('workshop_votes')
      .values(rows.slice(from, from + INSERT_CHUNK))
      .execute();
  }
  return outcomes;
}

/** Rows per insert statement: far under either engine's limit of bound values. */
const INSERT_CHUNK = 500;

const wallOf = (room: LockedRoom, target: VoteTarget) => room.walls.get(targetKey(target)) as WallOrRefusal;

/** Reads, in one query, the dots already placed by the run's participants on their targets' prompts that the batch has not read yet. */
async function readPlacedDots(trx: Trx, room: LockedRoom, dots: Dot[]): Promise<void> {
  const wanted = new Map<string, { participantId: string; promptId: string }>();
  for (const dot of dots) {
    const known = wallOf(room, dot.target);
    if ('error' in known) continue;
    const key = `${dot.participant.id}:${known.wall.promptId}`;
    if (!room.dots.has(key)) wanted.set(key, { participantId: dot.participant.id, promptId: known.wall.promptId });
  }
  if (wanted.size === 0) return;
  for (const key of wanted.keys()) room.dots.set(key, []);
  const rows = await trx
    .selectFrom('workshop_votes')
    .select(['participant_id', 'prompt_id', 'note_id', 'cluster_id'])
    .$call(inOrganisation(room.workshop.organisationId, 'workshop_votes'))
    .where('participant_id', 'in', [...new Set([...wanted.values()].map((want) => want.participantId))])
    .where('prompt_id', 'in', [...new Set([...wanted.values()].map((want) => want.promptId))])
    .execute();
  for (const row of rows) room.dots.get(`${row.participant_id}:${row.prompt_id}`)?.push(row.note_id ?? row.cluster_id ?? '');
}

/** Decides one dot against what the run knows, adding its row to `rows` when it is kept; throws its refusal. */
function decideDot(room: LockedRoom, dot: Dot, rows: Array<Insertable<WorkshopVotesTable>>): OwnDots {
  const { workshop } = room;
  const known = wallOf(room, dot.target);
  if ('error' in known) throw known.error;
  const { wall } = known;
  requireVoteOpen(workshop, wall);
  if (wall.groupId !== dot.participant.groupId) throw refuse.invalid({ targetId: { key: 'workshops.vote.otherWall' } });
  const placed = room.dots.get(`${dot.participant.id}:${wall.promptId}`) ?? [];
  if (placed.length >= workshop.dotsPerParticipant) {
    throw refuse.conflict('workshops.vote.noDotsLeft', { dots: workshop.dotsPerParticipant });
  }
  rows.push({
    id: newId(),
    organisation_id: workshop.organisationId,
    workshop_id: workshop.id,
    prompt_id: wall.promptId,
    participant_id: dot.participant.id,
    note_id: wall.noteId,
    cluster_id: wall.clusterId,
    created_at: dot.now.toISOString(),
  });
  placed.push(wall.noteId ?? wall.clusterId ?? '');
  room.dots.set(`${dot.participant.id}:${wall.promptId}`, placed);
  const votes: Record<string, number> = {};
  for (const id of placed) votes[id] = (votes[id] ?? 0) + 1;
  return { votes, dotsLeft: workshop.dotsPerParticipant - placed.length };
}
