import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SurveyDefinition } from '../model.ts';

/**
 * Deletes a section that holds no questions, not even removed ones (whose
 * answers are kept), and never the survey's last section.
 */
export async function deleteSection(db: Db, definition: SurveyDefinition, sectionId: string, actorUserId: string | null, now: Date) {
  const { survey } = definition;
  if (!definition.sections.some((section) => section.id === sectionId)) throw refuse.notFound();
  if (definition.questions.some((question) => question.sectionId === sectionId)) throw refuse.conflict('surveys.builder.sectionNotEmpty');
  if (definition.sections.length === 1) throw refuse.conflict('surveys.builder.lastSection');
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('survey_sections')
      .where('id', '=', sectionId)
      .$call(inOrganisation(survey.organisationId, 'survey_sections'))
      .execute();
    await recordAudit(
      trx,
      { organisationId: survey.organisationId, actorUserId, action: 'surveys.section.delete', subjectType: 'survey', subjectId: survey.id },
      now,
    );
  });
}
