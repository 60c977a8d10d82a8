import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { fromAnswerRows } from '../answer-rows.ts';
import type { Answers, SurveyDefinition } from '../model.ts';

/** A submitted response as exports read it. */
export interface ExportResponse {
  id: string;
  userId: string | null;
  email: string | null;
  submittedAt: string;
  updatedAt: string;
  locale: string;
  answers: Answers;
}

/** Responses per batch: memory stays constant whatever the survey's size. */
const BATCH_SIZE = 500;

async function batchAfter(db: Db, definition: SurveyDefinition, afterId: string, withIdentity: boolean): Promise<ExportResponse[]> {
  const { survey } = definition;
  const rows = await db
    .selectFrom('survey_responses')
    .select(['id', 'user_id', 'submitted_at', 'updated_at', 'locale'])
    .$call(inOrganisation(survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', survey.id)
    .where('status', '=', 'submitted')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(BATCH_SIZE)
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const answers = await db
    .selectFrom('survey_answers')
    .select(['response_id', 'question_id', 'choice_id', 'text_value', 'number_value', 'rank_value'])
    .$call(inOrganisation(survey.organisationId, 'survey_answers'))
    .where('response_id', 'in', ids)
    .execute();
  const userIds = withIdentity ? rows.flatMap((row) => (row.user_id ? [row.user_id] : [])) : [];
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['id', 'email'])
        .$call(inOrganisation(survey.organisationId, 'users'))
        .where('id', 'in', userIds)
        .execute()
    : [];
  const emails = new Map(users.map((user) => [user.id, user.email]));
  return rows.map((row) => ({
    id: row.id,
    userId: withIdentity ? row.user_id : null,
    email: withIdentity && row.user_id ? (emails.get(row.user_id) ?? null) : null,
    submittedAt: row.submitted_at ?? '',
    updatedAt: row.updated_at,
    locale: row.locale,
    answers: fromAnswerRows(
      definition,
      answers.filter((answer) => answer.response_id === row.id),
    ),
  }));
}

/**
 * Every submitted response of a survey, a batch at a time in id order (keyset
 * paging), so an export of 100,000 responses never holds more than one batch.
 */
export async function* iterateResponses(db: Db, definition: SurveyDefinition, withIdentity: boolean): AsyncGenerator<ExportResponse> {
  let afterId = '';
  for (;;) {
    const batch = await batchAfter(db, definition, afterId, withIdentity);
    yield* batch;
    const last = batch.at(-1);
    if (!last || batch.length < BATCH_SIZE) return;
    afterId = last.id;
  }
}
