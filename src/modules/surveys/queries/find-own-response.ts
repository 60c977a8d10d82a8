import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { fromAnswerRows } from '../answer-rows.ts';
import type { Answers, SurveyDefinition } from '../model.ts';
import type { SurveyResponsesTable } from '../tables.ts';
import '../tables.ts';

/** Who is answering: an account, or (without one) a browser known by its signed cookie. */
export interface Respondent {
  userId: string | null;
  browserKey: string | null;
}

/** A respondent's own response, as the form and the receipt need it. */
export interface OwnResponse {
  id: string;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
  updatedAt: string;
  /** The answers being edited, or else the submitted ones. */
  answers: Answers;
  /** The submitted answers (empty before the first submission). */
  submitted: Answers;
}

/** The respondent's response row to a survey, if any (one per account, one per browser). */
export async function findResponseRow(
  db: Db,
  organisationId: string,
  surveyId: string,
  respondent: Respondent,
): Promise<SurveyResponsesTable | undefined> {
  if (!respondent.userId && !respondent.browserKey) return undefined;
  let query = db
    .selectFrom('survey_responses')
    .selectAll()
    .$call(inOrganisation(organisationId, 'survey_responses'))
    .where('survey_id', '=', surveyId);
  query = respondent.userId ? query.where('user_id', '=', respondent.userId) : query.where('browser_key', '=', respondent.browserKey);
  return query.executeTakeFirst();
}

/** The submitted answers of one response, rebuilt from its rows. */
export async function loadSubmittedAnswers(db: Db, definition: SurveyDefinition, responseId: string): Promise<Answers> {
  const rows = await db
    .selectFrom('survey_answers')
    .select(['response_id', 'question_id', 'choice_id', 'text_value', 'number_value', 'rank_value'])
    .$call(inOrganisation(definition.survey.organisationId, 'survey_answers'))
    .where('response_id', '=', responseId)
    .execute();
  return fromAnswerRows(definition, rows);
}

/** The respondent's response with its answers, or undefined before they start. */
export async function findOwnResponse(db: Db, definition: SurveyDefinition, respondent: Respondent): Promise<OwnResponse | undefined> {
  const row = await findResponseRow(db, definition.survey.organisationId, definition.survey.id, respondent);
  if (!row) return undefined;
  const submitted = row.status === 'submitted' ? await loadSubmittedAnswers(db, definition, row.id) : {};
  return {
    id: row.id,
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    answers: row.draft ? parseJsonColumn<Answers>(row.draft, {}) : submitted,
    submitted,
  };
}
