import type { Transaction } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { Database } from '../../../platform/db/schema.ts';
import type { SurveySettingsInput } from '../schemas.ts';
import { checkSurveyReferences } from './check-survey-references.ts';

/** Who creates the survey, in which process. */
export interface SurveyOwner {
  organisationId: string;
  processId: string;
  actorUserId: string | null;
}

async function insertFirstSection(
  trx: Transaction<Database>,
  organisationId: string,
  surveyId: string,
  settings: SurveySettingsInput,
  stamp: string,
) {
  await trx
    .insertInto('survey_sections')
    .values({
      id: newId(),
      organisation_id: organisationId,
      survey_id: surveyId,
      position: 0,
      title: JSON.stringify(settings.title),
      description: JSON.stringify({ fi: '' }),
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
}

/**
 * Creates a survey in a process with its first section (titled like the
 * survey), so questions can be added at once. Times are UTC ISO text.
 */
export async function createSurvey(db: Db, owner: SurveyOwner, settings: SurveySettingsInput, now: Date): Promise<string> {
  await checkSurveyReferences(db, owner, settings);
  const id = newId();
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('surveys')
      .values({
        id,
        organisation_id: owner.organisationId,
        process_id: owner.processId,
        phase_id: settings.phaseId,
        title: JSON.stringify(settings.title),
        description: JSON.stringify(settings.description),
        status: settings.status,
        opens_at: settings.opensAt,
        closes_at: settings.closesAt,
        audience: settings.audience,
        audience_ids: JSON.stringify(settings.audienceIds),
        anonymous: settings.anonymous ? 1 : 0,
        results_public: settings.resultsPublic ? 1 : 0,
        next_code: 1,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await insertFirstSection(trx, owner.organisationId, id, settings, stamp);
    await recordAudit(
      trx,
      {
        organisationId: owner.organisationId,
        actorUserId: owner.actorUserId,
        action: 'surveys.survey.create',
        subjectType: 'survey',
        subjectId: id,
      },
      now,
    );
  });
  return id;
}
