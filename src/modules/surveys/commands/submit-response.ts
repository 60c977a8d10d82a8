import type { Transaction } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { inGroupCommitWhenSerial } from '../../../platform/db/group-commit.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { toAnswerRows } from '../answer-rows.ts';
import type { Answers, SurveyDefinition } from '../model.ts';
import type { Respondent } from '../queries/find-own-response.ts';
import type { SurveyResponsesTable } from '../tables.ts';
import { recordAnswerContributions } from './record-answer-contributions.ts';

/** What a submission stored: the response and whether this call stored it (false for a retried one). */
export interface SubmittedResponse {
  responseId: string;
  submittedAt: string;
  replayed: boolean;
}

/** Rows per INSERT: well under both engines' limits on bound parameters. */
const ROWS_PER_INSERT = 500;

/** The submitted response stored under an idempotency key, if any (a retried submission). */
export async function findByIdempotencyKey(db: Db, definition: SurveyDefinition, key: string | undefined) {
  if (!key) return undefined;
  return db
    .selectFrom('survey_responses')
    .select(['id', 'submitted_at', 'status'])
    .$call(inOrganisation(definition.survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', definition.survey.id)
    .where('idempotency_key', '=', key)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}

type ResponseValues = Pick<
  SurveyResponsesTable,
  'status' | 'locale' | 'draft' | 'updated_at' | 'idempotency_key' | 'created_at' | 'submitted_at'
>;

async function insertResponse(trx: Transaction<Database>, definition: SurveyDefinition, respondent: Respondent, values: ResponseValues) {
  const id = newId();
  await trx
    .insertInto('survey_responses')
    .values({
      id,
      organisation_id: definition.survey.organisationId,
      survey_id: definition.survey.id,
      user_id: respondent.userId,
      browser_key: respondent.userId ? null : respondent.browserKey,
      ...values,
    })
    .execute();
  return id;
}

async function upsertResponse(
  trx: Transaction<Database>,
  definition: SurveyDefinition,
  respondent: Respondent,
  input: { locale: string; idempotencyKey?: string | undefined },
  now: string,
): Promise<{ id: string; edited: boolean }> {
  const { survey } = definition;
  let query = trx
    .selectFrom('survey_responses')
    .select(['id', 'status'])
    .$call(inOrganisation(survey.organisationId, 'survey_responses'))
    .where('survey_id', '=', survey.id);
  query = respondent.userId ? query.where('user_id', '=', respondent.userId) : query.where('browser_key', '=', respondent.browserKey);
  const existing = respondent.userId || respondent.browserKey ? await query.executeTakeFirst() : undefined;
  const values = {
    status: 'submitted' as const,
    locale: input.locale,
    draft: null,
    updated_at: now,
    idempotency_key: input.idempotencyKey ?? null,
  };
  if (existing?.status === 'submitted' && !respondent.userId) throw refuse.conflict('surveys.answer.alreadyAnswered');
  if (existing) {
    const edited = existing.status === 'submitted';
    await trx
      .updateTable('survey_responses')
      .set(edited ? values : { ...values, submitted_at: now })
      .where('id', '=', existing.id)
      .execute();
    if (edited) {
      await trx
        .deleteFrom('survey_answers')
        .$call(inOrganisation(survey.organisationId, 'survey_answers'))
        .where('response_id', '=', existing.id)
        .execute();
    }
    return { id: existing.id, edited };
  }
  return { id: await insertResponse(trx, definition, respondent, { ...values, created_at: now, submitted_at: now }), edited: false };
}

/**
 * Stores a respondent's checked answers in ONE transaction: the response, its
 * answer rows in multi-row inserts, and each free text as a contribution.
 * Where the database has one writer, responses that arrive together share
 * that transaction's commit (each in its own savepoint, answered after it). A
 * retry with the same idempotency key answers with the first submission; an
 * account's second submission replaces its answers (editing until the close).
 */
export async function submitResponse(
  db: Db,
  definition: SurveyDefinition,
  respondent: Respondent,
  input: { answers: Answers; locale: string; idempotencyKey?: string | undefined },
  now: Date,
): Promise<SubmittedResponse> {
  const replay = await findByIdempotencyKey(db, definition, input.idempotencyKey);
  if (replay) return { responseId: replay.id, submittedAt: replay.submitted_at ?? '', replayed: true };
  const stamp = now.toISOString();
  try {
    const id = await inGroupCommitWhenSerial(db, `survey:${definition.survey.organisationId}:${definition.survey.id}`, async (trx) => {
      const response = await upsertResponse(trx, definition, respondent, input, stamp);
      const rows = toAnswerRows(definition, response.id, input.answers);
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        await trx
          .insertInto('survey_answers')
          .values(rows.slice(start, start + ROWS_PER_INSERT))
          .execute();
      }
      await recordAnswerContributions(trx, definition, { responseId: response.id, respondent, ...input, edited: response.edited }, now);
      return response.id;
    });
    return { responseId: id, submittedAt: stamp, replayed: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await findByIdempotencyKey(db, definition, input.idempotencyKey);
    if (raced) return { responseId: raced.id, submittedAt: raced.submitted_at ?? '', replayed: true };
    throw refuse.conflict('surveys.answer.alreadyAnswered');
  }
}
