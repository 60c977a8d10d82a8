import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SurveyDefinition } from '../model.ts';
import type { SectionInput } from '../schemas.ts';

/** Adds a section at the end of the survey, or (given its id) changes its texts. Returns its id. */
export async function saveSection(
  db: Db,
  definition: SurveyDefinition,
  sectionId: string | null,
  input: SectionInput,
  actorUserId: string | null,
  now: Date,
): Promise<string> {
  const { survey } = definition;
  if (sectionId && !definition.sections.some((section) => section.id === sectionId)) throw refuse.notFound();
  const id = sectionId ?? newId();
  const stamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    if (sectionId) {
      await trx
        .updateTable('survey_sections')
        .set({ title: JSON.stringify(input.title), description: JSON.stringify(input.description), updated_at: stamp })
        .where('id', '=', sectionId)
        .$call(inOrganisation(survey.organisationId, 'survey_sections'))
        .execute();
    } else {
      const position = Math.max(-1, ...definition.sections.map((section) => section.position)) + 1;
      await trx
        .insertInto('survey_sections')
        .values({
          id,
          organisation_id: survey.organisationId,
          survey_id: survey.id,
          position,
          title: JSON.stringify(input.title),
          description: JSON.stringify(input.description),
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
    }
    await recordAudit(
      trx,
      { organisationId: survey.organisationId, actorUserId, action: 'surveys.section.save', subjectType: 'survey', subjectId: survey.id },
      now,
    );
  });
  return id;
}
