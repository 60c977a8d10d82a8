import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { invalid } from '../../../platform/http/errors.ts';
import type { SurveySettingsInput } from '../schemas.ts';

/**
 * Checks that the phase belongs to the survey's process, the audience's ids
 * to the organisation, and that the survey closes after it opens: a foreign
 * or unknown id is a field error, never a stored dangling reference.
 */
export async function checkSurveyReferences(
  db: Db,
  owner: { organisationId: string; processId: string },
  settings: SurveySettingsInput,
): Promise<void> {
  if (settings.opensAt && settings.closesAt && settings.closesAt <= settings.opensAt) {
    throw invalid({ closesAt: { key: 'surveys.validation.closeBeforeOpen' } });
  }
  if (settings.phaseId) {
    const phase = await db
      .selectFrom('process_phases')
      .select('id')
      .$call(inOrganisation(owner.organisationId, 'process_phases'))
      .where('process_id', '=', owner.processId)
      .where('id', '=', settings.phaseId)
      .executeTakeFirst();
    if (!phase) throw invalid({ phaseId: { key: 'platform.validation.choice' } });
  }
  if (settings.audience !== 'units' && settings.audience !== 'bodies') return;
  const ids = [...new Set(settings.audienceIds)];
  const table = settings.audience === 'units' ? 'units' : 'process_bodies';
  const found = await db.selectFrom(table).select('id').$call(inOrganisation(owner.organisationId, table)).where('id', 'in', ids).execute();
  if (found.length !== ids.length) throw invalid({ audienceIds: { key: 'platform.validation.choice' } });
}
