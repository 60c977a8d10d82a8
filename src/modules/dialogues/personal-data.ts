import { inOrganisation } from '../../platform/db/scope.ts';
import type { PersonalDataHandlers } from '../../platform/personal-data.ts';

/**
 * What dialogues keep about a person: the work communities' records the account opened or
 * submitted as their lead. On erasure the records stay as the community's (the foreign keys set
 * the lead to null); the record names no participant.
 */
export const dialoguesPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => {
    const records = await context.db
      .selectFrom('dialogue_records')
      .select(['round_id', 'work_community_id', 'status', 'held_on', 'opened_by_user_id', 'submitted_by_user_id', 'submitted_at'])
      .$call(inOrganisation(subject.organisationId, 'dialogue_records'))
      .where((eb) => eb.or([eb('opened_by_user_id', '=', subject.userId), eb('submitted_by_user_id', '=', subject.userId)]))
      .orderBy('created_at')
      .execute();
    return {
      records: records.map((record) => ({
        roundId: record.round_id,
        workCommunityId: record.work_community_id,
        status: record.status,
        heldOn: record.held_on,
        openedByYou: record.opened_by_user_id === subject.userId,
        submittedByYou: record.submitted_by_user_id === subject.userId,
        submittedAt: record.submitted_at,
      })),
    };
  },
};
