import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import type { Stage } from '../tables.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';

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

/**
 * Places one dot while the vote is open. The limit of dots per participant is
 * counted inside the transaction that holds the workshop's lock, so two quick
 * taps cannot both take the last dot.
 */
export async function castVote(
  db: Db,
  workshopRef: Workshop,
  participant: { id: string; groupId: string | null },
  target: VoteTarget,
  now: Date,
): Promise<void> {
  await inWorkshopCommit(db, workshopRef, async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    requireUnlocked(workshop);
    const wall = await targetWall(trx, workshop, target);
    requireVoteOpen(workshop, wall);
    if (wall.groupId !== participant.groupId) throw refuse.invalid({ targetId: { key: 'workshops.vote.otherWall' } });
    const used = await trx
      .selectFrom('workshop_votes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .$call(inOrganisation(workshop.organisationId, 'workshop_votes'))
      .where('participant_id', '=', participant.id)
      .where('prompt_id', '=', wall.promptId)
      .executeTakeFirstOrThrow();
    if (Number(used.count) >= workshop.dotsPerParticipant) {
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
  });
}
