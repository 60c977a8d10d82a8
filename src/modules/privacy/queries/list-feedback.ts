import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** A feedback as the admin's list shows it. */
export interface Feedback {
  id: string;
  name: string;
  email: string;
  page: string;
  message: string;
  createdAt: string;
  dueAt: string;
  answeredAt: string | null;
}

/** The organisation's feedback, the open ones first (soonest due first), then the answered, newest first. */
export async function listFeedback(db: Db, organisationId: string, limit = 200): Promise<Feedback[]> {
  const rows = await db
    .selectFrom('privacy_feedbacks')
    .select(['id', 'name', 'email', 'page', 'message', 'created_at', 'due_at', 'answered_at'])
    .$call(inOrganisation(organisationId, 'privacy_feedbacks'))
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  const feedback = rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    page: row.page,
    message: row.message,
    createdAt: row.created_at,
    dueAt: row.due_at,
    answeredAt: row.answered_at,
  }));
  const open = feedback.filter((item) => !item.answeredAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return [...open, ...feedback.filter((item) => item.answeredAt)];
}

/** The address each feedback is mailed to, or null when none is set. */
export async function findFeedbackContact(db: Db, organisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('privacy_settings')
    .select('feedback_email')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.feedback_email ?? null;
}
