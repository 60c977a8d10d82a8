import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Survey } from '../model.ts';
import { hasResponses } from '../queries/has-answers.ts';
import type { SurveySettingsInput } from '../schemas.ts';
import { checkSurveyReferences } from './check-survey-references.ts';

/** Changes a survey's settings (texts, phase, times, audience, publication). Answers are untouched. */
export async function updateSurvey(
  db: Db,
  survey: Survey,
  settings: SurveySettingsInput,
  actorUserId: string | null,
  now: Date,
): Promise<void> {
  await checkSurveyReferences(db, survey, settings);
  if (survey.anonymous && !settings.anonymous && (await hasResponses(db, survey))) {
    // Those who answered were promised anonymity; that promise cannot be withdrawn afterwards.
    throw refuse.invalid({ anonymous: { key: 'surveys.validation.anonymousLocked' } });
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('surveys')
      .set({
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
        updated_at: now.toISOString(),
      })
      .where('id', '=', survey.id)
      .$call(inOrganisation(survey.organisationId, 'surveys'))
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: survey.organisationId,
        actorUserId,
        action: 'surveys.survey.update',
        subjectType: 'survey',
        subjectId: survey.id,
        details: { status: settings.status, resultsPublic: settings.resultsPublic },
      },
      now,
    );
  });
}
