import { daysBefore, PSEUDONYM_DAYS, pseudonymRuleWords, type RetentionRule } from '../../platform/retention.ts';

/** What surveys keep only for a while: the pseudonyms of browsers that answer without an account. */
export const surveysRetention: RetentionRule[] = [
  {
    name: 'surveys.browser-pseudonyms',
    ...pseudonymRuleWords({ fi: 'kyselyt', sv: 'enkäter', en: 'surveys' }),
    purge: async (context, now) => {
      const before = daysBefore(now, PSEUDONYM_DAYS);
      // A draft no browser can reach any more was never given: it goes. A submitted response stays, anonymous.
      const drafts = await context.db
        .deleteFrom('survey_responses')
        .where('status', '=', 'draft')
        .where('user_id', 'is', null)
        .where('browser_key', 'is not', null)
        .where('updated_at', '<=', before)
        .executeTakeFirst();
      const submitted = await context.db
        .updateTable('survey_responses')
        .set({ browser_key: null })
        .where('status', '=', 'submitted')
        .where('browser_key', 'is not', null)
        .where('updated_at', '<=', before)
        .executeTakeFirst();
      return Number(drafts.numDeletedRows) + Number(submitted.numUpdatedRows);
    },
  },
];
