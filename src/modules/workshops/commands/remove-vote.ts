import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { requireVoteOpen, targetWall, type VoteTarget } from './cast-vote.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';

/** Takes back one of the participant's dots on a target while the vote is open. */
export async function removeVote(db: Db, workshopRef: Workshop, participantId: string, target: VoteTarget, now: Date): Promise<void> {
  await inWorkshopCommit(db, workshopRef, async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    requireUnlocked(workshop);
    const wall = await targetWall(trx, workshop, target);
    requireVoteOpen(workshop, wall);
    const scope = inOrganisation(workshop.organisationId, 'workshop_votes');
    let query = trx.selectFrom('workshop_votes').select('id').$call(scope).where('participant_id', '=', participantId);
    query = wall.clusterId ? query.where('cluster_id', '=', wall.clusterId) : query.where('note_id', '=', wall.noteId);
    const vote = await query.limit(1).executeTakeFirst();
    if (!vote) throw refuse.conflict('workshops.vote.noneToRemove');
    await trx.deleteFrom('workshop_votes').$call(scope).where('id', '=', vote.id).execute();
  });
}
