import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { findParticipant, type Requester } from '../queries/find-participant.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';

/** What the participant told on joining, and the account's own name when signed in. */
export interface JoinDetails {
  displayName?: string | undefined;
  groupId?: string | undefined;
  accountName?: string | null;
}

async function checkDetails(trx: Db, workshop: Workshop, details: JoinDetails): Promise<{ name: string | null; groupId: string | null }> {
  const name = details.displayName ?? details.accountName ?? null;
  const errors: Record<string, { key: string }> = {};
  if (workshop.noteNames === 'named' && !name) errors.displayName = { key: 'workshops.join.nameRequired' };
  const groups = await trx
    .selectFrom('workshop_groups')
    .select('id')
    .$call(inOrganisation(workshop.organisationId, 'workshop_groups'))
    .where('workshop_id', '=', workshop.id)
    .execute();
  if (groups.length > 0 && !groups.some((group) => group.id === details.groupId)) errors.groupId = { key: 'workshops.join.groupRequired' };
  if (Object.keys(errors).length > 0) throw refuse.invalid(errors);
  return { name: workshop.noteNames === 'named' ? name : null, groupId: groups.length > 0 ? (details.groupId ?? null) : null };
}

/**
 * Joins the requester to a workshop (or updates their name and group when
 * they join again) and answers their participant id. A locked or ended room
 * takes nobody new.
 */
export async function joinWorkshop(db: Db, workshopRef: Workshop, requester: Requester, details: JoinDetails, now: Date): Promise<string> {
  try {
    return await inWorkshopCommit(db, workshopRef, async (trx) => {
      const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
      requireOpen(workshop);
      const existing = await findParticipant(trx, workshop.organisationId, workshop.id, requester);
      if (!existing) requireUnlocked(workshop);
      const { name, groupId } = await checkDetails(trx, workshop, details);
      if (existing) {
        await trx
          .updateTable('workshop_participants')
          .set({ display_name: name, group_id: groupId })
          .$call(inOrganisation(workshop.organisationId, 'workshop_participants'))
          .where('id', '=', existing.id)
          .execute();
        return existing.id;
      }
      const id = newId();
      await trx
        .insertInto('workshop_participants')
        .values({
          id,
          organisation_id: workshop.organisationId,
          workshop_id: workshop.id,
          user_id: requester.userId,
          browser_key: requester.userId ? null : requester.browserKey,
          display_name: name,
          group_id: groupId,
          joined_at: now.toISOString(),
        })
        .execute();
      return id;
    });
  } catch (error) {
    // The same browser joined twice at once: the first one's row is theirs.
    if (!isUniqueViolation(error)) throw error;
    const existing = await findParticipant(db, workshopRef.organisationId, workshopRef.id, requester);
    if (!existing) throw error;
    return existing.id;
  }
}
