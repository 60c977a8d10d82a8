import { daysBefore, type RetentionRule } from '../../platform/retention.ts';

/** How long an answered feedback on accessibility is kept (the next statement's review looks a year back). */
export const FEEDBACK_DAYS = 365;

/** What this module keeps only for a while: feedback on accessibility, with the sender's address. */
export const privacyRetention: RetentionRule[] = [
  {
    name: 'privacy.accessibility-feedback',
    data: {
      fi: 'Saavutettavuuspalautteet lähettäjän nimineen ja sähköpostiosoitteineen',
      sv: 'Respons om tillgänglighet med avsändarens namn och e-postadress',
      en: 'Feedback on accessibility with the sender’s name and e-mail address',
    },
    period: {
      fi: `Poistetaan ${FEEDBACK_DAYS} päivää siitä, kun palautteeseen on vastattu.`,
      sv: `Raderas ${FEEDBACK_DAYS} dagar efter att responsen har besvarats.`,
      en: `Removed ${FEEDBACK_DAYS} days after the feedback was answered.`,
    },
    purge: async (context, now) => {
      const result = await context.db
        .deleteFrom('privacy_feedbacks')
        .where('answered_at', 'is not', null)
        .where('answered_at', '<=', daysBefore(now, FEEDBACK_DAYS))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  },
];
