import type { Db } from '../../../platform/db/database.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the answers to extra questions (diets, accessibility needs) of
 * events that ended more than their retention period ago. Each event is
 * claimed with a conditional UPDATE of `answers_purged_at`, so several app
 * processes running this at once purge each event exactly once. Answers how
 * many answers were deleted.
 */
export async function purgeExpiredRegistrationAnswers(context: { db: Db }, now: Date): Promise<number> {
  const candidates = await context.db
    .selectFrom('events')
    .select(['id', 'ends_at', 'answers_retention_days'])
    .where('answers_purged_at', 'is', null)
    .where('ends_at', '<', now.toISOString())
    .execute();
  let deleted = 0;
  for (const event of candidates) {
    if (Date.parse(event.ends_at) + event.answers_retention_days * DAY_MS > now.getTime()) continue;
    deleted += await context.db.transaction().execute(async (trx) => {
      const claim = await trx
        .updateTable('events')
        .set({ answers_purged_at: now.toISOString() })
        .where('id', '=', event.id)
        .where('answers_purged_at', 'is', null)
        .executeTakeFirst();
      if (Number(claim.numUpdatedRows) !== 1) return 0;
      const result = await trx.deleteFrom('event_answers').where('event_id', '=', event.id).executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }
  return deleted;
}
