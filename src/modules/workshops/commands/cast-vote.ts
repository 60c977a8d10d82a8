import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import type { Stage } from '../tables.ts';
import { inWorkshopCommit, lockRoomForDot, requireOpen, requireUnlocked } from './lock-workshop.ts';

/** A dot's target: a cluster, or a note outside clusters. */
export interface VoteTarget {
  targetType: 'note' | 'cluster';
  targetId: string;
}

/**
 * The wall (prompt and group) of a dot's target, with its prompt's stage, in one
 * query; notes in clusters and duplicates are voted through their cluster or
 * original. 404 for a target of another workshop.
 */
export async function targetWall(trx: Db, workshop: Workshop, target: VoteTarget) {
  if (target.targetType === 'cluster') {
    const cluster = await trx
      .selectFrom('workshop_clusters')
      .innerJoin('workshop_prompts', 'workshop_prompts.id', 'workshop_clusters.prompt_id')
      .select(['workshop_clusters.id', 'workshop_clusters.prompt_id', 'workshop_clusters.group_id', 'workshop_prompts.stage'])
      .$call(inOrganisation(workshop.organisationId, 'workshop_clusters'))
      .where('workshop_clusters.workshop_id', '=', workshop.id)
      .whereRef('workshop_prompts.workshop_id', '=', 'workshop_clusters.workshop_id')
      .where('workshop_clusters.id', '=', target.targetId)
      .executeTakeFirst();
    if (!cluster) throw refuse.notFound();
    return { promptId: cluster.prompt_id, groupId: cluster.group_id, stage: cluster.stage, noteId: null, clusterId: cluster.id };
  }
  const note = await trx
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
    .where('workshop_notes.id', '=', target.targetId)
    .executeTakeFirst();
  if (!note) throw refuse.notFound();
  if (note.hidden_at !== null) throw refuse.conflict('workshops.vote.noteHidden');
  if (note.cluster_id || note.merged_into_id) throw refuse.invalid({ targetId: { key: 'workshops.vote.voteTheCluster' } });
  return { promptId: note.prompt_id, groupId: note.group_id, stage: note.stage, noteId: note.id, clusterId: null };
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

type Wall = Awaited<ReturnType<typeof targetWall>>;

/** The target's wall, read once per group commit (a refusal is kept too, and thrown again). */
async function wallInBatch(trx: Db, walls: Map<string, unknown>, workshop: Workshop, target: VoteTarget): Promise<Wall> {
  const key = `${target.targetType}:${target.targetId}`;
  if (!walls.has(key)) {
    try {
      walls.set(key, { wall: await targetWall(trx, workshop, target) });
    } catch (error) {
      walls.set(key, { error });
    }
  }
  const known = walls.get(key) as { wall: Wall } | { error: unknown };
  if ('error' in known) throw known.error;
  return known.wall;
}

/**
 * Places one dot while the vote is open, and answers the participant's own dots on the prompt, so
 * the phone shows the dot at once rather than after the room's next update. The limit of dots per
 * participant is counted inside the transaction that holds the workshop's lock, so two quick taps
 * cannot both take the last dot. Dots that arrive together share the lock and what was read under
 * it (`lockRoomForDot`): a dot after the first costs its savepoint and its insert.
 */
export async function castVote(
  db: Db,
  workshopRef: Workshop,
  participant: { id: string; groupId: string | null },
  target: VoteTarget,
  now: Date,
): Promise<OwnDots> {
  return inWorkshopCommit(db, workshopRef, async (trx) => {
    const room = await lockRoomForDot(trx, workshopRef.organisationId, workshopRef.id, now);
    const { workshop } = room;
    requireOpen(workshop);
    requireUnlocked(workshop);
    const wall = await wallInBatch(trx, room.walls, workshop, target);
    requireVoteOpen(workshop, wall);
    if (wall.groupId !== participant.groupId) throw refuse.invalid({ targetId: { key: 'workshops.vote.otherWall' } });
    const key = `${participant.id}:${wall.promptId}`;
    let placed = room.dots.get(key);
    if (!placed) {
      const rows = await trx
        .selectFrom('workshop_votes')
        .select(['note_id', 'cluster_id'])
        .$call(inOrganisation(workshop.organisationId, 'workshop_votes'))
        .where('participant_id', '=', participant.id)
        .where('prompt_id', '=', wall.promptId)
        .execute();
      placed = rows.map((row) => row.note_id ?? row.cluster_id ?? '');
      room.dots.set(key, placed);
    }
    if (placed.length >= workshop.dotsPerParticipant) {
      throw refuse.conflict('workshops.vote.noDotsLeft', { dots: workshop.dotsPerParticipant });
    }
    await trx
      .insertInto('workshop_votes')
      .values({
        id: newId(),
        organisation_id: workshop.organisationId,
        workshop_id: workshop.id,
        prompt_id: wall.promptId,
        participant_id: participant.id,
        note_id: wall.noteId,
        cluster_id: wall.clusterId,
        created_at: now.toISOString(),
      })
      .execute();
    placed.push(wall.noteId ?? wall.clusterId ?? '');
    const votes: Record<string, number> = {};
    for (const id of placed) votes[id] = (votes[id] ?? 0) + 1;
    return { votes, dotsLeft: workshop.dotsPerParticipant - placed.length };
  });
}
