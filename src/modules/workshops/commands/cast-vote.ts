import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { conflict, invalid } from '../../../platform/http/errors.ts';
import type { Workshop } from '../model.ts';
import { findCluster, findNote } from './cluster-rules.ts';
import { requireCurrentStage } from './find-prompt.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';

/** A dot's target: a cluster, or a note outside clusters. */
export interface VoteTarget {
  targetType: 'note' | 'cluster';
  targetId: string;
}

/** The wall (prompt and group) of a dot's target; notes in clusters and duplicates are voted through their cluster or original. */
export async function targetWall(trx: Db, workshop: Workshop, target: VoteTarget) {
  if (target.targetType === 'cluster') {
    const cluster = await findCluster(trx, workshop, target.targetId);
    return { promptId: cluster.prompt_id, groupId: cluster.group_id, noteId: null, clusterId: cluster.id };
  }
  const note = await findNote(trx, workshop, target.targetId);
  if (note.cluster_id || note.merged_into_id) throw invalid({ targetId: { key: 'workshops.vote.voteTheCluster' } });
  return { promptId: note.prompt_id, groupId: note.group_id, noteId: note.id, clusterId: null };
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
    await requireCurrentStage(trx, workshop, ['voting'], 'workshops.vote.notOpen', wall.promptId);
    if (wall.groupId !== participant.groupId) throw invalid({ targetId: { key: 'workshops.vote.otherWall' } });
    const used = await trx
      .selectFrom('workshop_votes')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .$call(inOrganisation(workshop.organisationId, 'workshop_votes'))
      .where('participant_id', '=', participant.id)
      .where('prompt_id', '=', wall.promptId)
      .executeTakeFirstOrThrow();
    if (Number(used.count) >= workshop.dotsPerParticipant) {
      throw conflict('workshops.vote.noDotsLeft', { dots: workshop.dotsPerParticipant });
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
