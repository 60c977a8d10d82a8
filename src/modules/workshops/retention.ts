import { daysBefore, PSEUDONYM_DAYS, pseudonymRuleWords, type RetentionRule } from '../../platform/retention.ts';

/** What workshops keeps only for a while: the pseudonyms of browsers that joined without an account. */
export const workshopsRetention: RetentionRule[] = [
  {
    name: 'workshops.browser-pseudonyms',
    ...pseudonymRuleWords({ fi: 'työpajat', sv: 'workshoppar', en: 'workshops' }),
    purge: async (context, now) => {
      const before = daysBefore(now, PSEUDONYM_DAYS);
      // The participant row stays with its notes and dots (the workshop's results); only the link to a browser goes.
      const result = await context.db
        .updateTable('workshop_participants')
        .set({ browser_key: null })
        .where('browser_key', 'is not', null)
        .where('joined_at', '<=', before)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('workshop_notes')
                .select('workshop_notes.id')
                .whereRef('workshop_notes.participant_id', '=', 'workshop_participants.id')
                .where('workshop_notes.created_at', '>', before),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('workshop_votes')
                .select('workshop_votes.id')
                .whereRef('workshop_votes.participant_id', '=', 'workshop_participants.id')
                .where('workshop_votes.created_at', '>', before),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  },
];
