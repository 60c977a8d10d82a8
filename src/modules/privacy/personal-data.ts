import type { PersonalDataHandlers } from '../../platform/personal-data.ts';

/**
 * Feedback on accessibility is sent without signing in, so it is the person's by its address:
 * the export lists the feedback sent from the account's address, the erasure deletes it.
 */
export const privacyPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => {
    const account = await context.accountLookups.findById(context.db, subject.organisationId, subject.userId);
    if (!account) return { accessibilityFeedback: [] };
    const rows = await context.db
      .selectFrom('privacy_feedbacks')
      .select(['name', 'email', 'page', 'message', 'created_at', 'answered_at'])
      .where('organisation_id', '=', subject.organisationId)
      .where('email', '=', account.email.toLowerCase())
      .orderBy('created_at')
      .execute();
    return {
      accessibilityFeedback: rows.map((row) => ({
        name: row.name,
        email: row.email,
        page: row.page,
        message: row.message,
        sentAt: row.created_at,
        answeredAt: row.answered_at,
      })),
    };
  },
  erase: async (trx, subject) => {
    await trx
      .deleteFrom('privacy_feedbacks')
      .where('organisation_id', '=', subject.organisationId)
      .where('email', '=', subject.email.toLowerCase())
      .execute();
  },
};
