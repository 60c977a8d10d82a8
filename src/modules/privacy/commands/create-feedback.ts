import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { type FeedbackInput, PRIVACY_LIMITS } from '../schemas.ts';

/** A feedback just stored: what its mails need. */
export interface StoredFeedback extends FeedbackInput {
  id: string;
  locale: string;
  createdAt: string;
  dueAt: string;
}

/** Stores a feedback on accessibility with its due date, 14 days on; answers it for the mails. */
export async function createFeedback(
  db: Db,
  organisationId: string,
  input: FeedbackInput,
  locale: string,
  now: Date,
): Promise<StoredFeedback> {
  const id = newId();
  const createdAt = now.toISOString();
  const dueAt = new Date(now.getTime() + PRIVACY_LIMITS.answerDays * 86_400_000).toISOString();
  await db
    .insertInto('privacy_feedbacks')
    .values({
      id,
      organisation_id: organisationId,
      name: input.name,
      email: input.email,
      page: input.page,
      message: input.message,
      locale,
      created_at: createdAt,
      due_at: dueAt,
      answered_at: null,
      answered_by_user_id: null,
    })
    .execute();
  return { ...input, id, locale, createdAt, dueAt };
}
