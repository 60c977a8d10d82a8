import { daysBefore, PSEUDONYM_DAYS, pseudonymRuleWords, type RetentionRule } from '../../platform/retention.ts';

/** What statements keeps only for a while: the pseudonyms of browsers that vote without an account. */
export const statementsRetention: RetentionRule[] = [
  {
    name: 'statements.browser-pseudonyms',
    ...pseudonymRuleWords({ fi: 'väitekanavat', sv: 'påståendekanaler', en: 'statement channels' }),
    purge: async (context, now) => {
      const before = daysBefore(now, PSEUDONYM_DAYS);
      // The participant row stays (its votes and statements count on, as a number); only the link to a browser goes.
      const result = await context.db
        .updateTable('statement_participants')
        .set({ browser_key: null })
        .where('browser_key', 'is not', null)
        .where('created_at', '<=', before)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('statement_votes')
                .select('statement_votes.participant_id')
                .whereRef('statement_votes.participant_id', '=', 'statement_participants.id')
                .where('statement_votes.voted_at', '>', before),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('statements')
                .select('statements.id')
                .whereRef('statements.author_participant_id', '=', 'statement_participants.id')
                .where('statements.created_at', '>', before),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  },
];
