import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Answers, SurveyDefinition } from '../model.ts';
import { findResponseRow, type Respondent } from '../queries/find-own-response.ts';

/**
 * Keeps the answers given so far, so a respondent can go back and forth
 * between sections and (signed in) continue later. A submitted response keeps
 * its submitted answers until the edit is submitted too.
 */
export async function saveDraft(
  db: Db,
  definition: SurveyDefinition,
  respondent: Respondent,
  input: { answers: Answers; locale: string },
  now: Date,
): Promise<string> {
  const { survey } = definition;
  const draft = JSON.stringify(input.answers);
  const existing = await findResponseRow(db, survey.organisationId, survey.id, respondent);
  if (existing) {
    await db
      .updateTable('survey_responses')
      .set({ draft, locale: input.locale, updated_at: now.toISOString() })
      .where('id', '=', existing.id)
      .$call(inOrganisation(survey.organisationId, 'survey_responses'))
      .execute();
    return existing.id;
  }
  const id = newId();
  await db
    .insertInto('survey_responses')
    .values({
      id,
      organisation_id: survey.organisationId,
      survey_id: survey.id,
      user_id: respondent.userId,
      browser_key: respondent.userId ? null : respondent.browserKey,
      idempotency_key: null,
      status: 'draft',
      locale: input.locale,
      draft,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      submitted_at: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  return id;
}
