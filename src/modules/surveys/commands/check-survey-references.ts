import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { SurveySettingsInput } from '../schemas.ts';

/**
 * Checks that the phase and the audience's bodies belong to the survey's
 * process, its units to the organisation, and that the survey closes after it opens: a foreign
 * or unknown id is a field error, never a stored dangling reference.
 */
export async function checkSurveyReferences(
  db: Db,
  owner: { organisationId: string; processId: string },
  settings: SurveySettingsInput,
): Promise<void> {
  if (settings.opensAt && settings.closesAt && settings.closesAt <= settings.opensAt) {
    throw refuse.invalid({ closesAt: { key: 'surveys.validation.closeBeforeOpen' } });
  }
  if (settings.phaseId) {
    const phase = await db
      .selectFrom('process_phases')
      .select('id')
      .$call(inOrganisation(owner.organisationId, 'process_phases'))
      .where('process_id', '=', owner.processId)
      .where('id', '=', settings.phaseId)
      .executeTakeFirst();
    if (!phase) throw refuse.invalid({ phaseId: { key: 'surveys.validation.phaseOfProcess' } });
  }
  if (settings.audience !== 'units' && settings.audience !== 'bodies') return;
  const ids = [...new Set(settings.audienceIds)];
  const table = settings.audience === 'units' ? 'units' : 'process_bodies';
  const query = db.selectFrom(table).select('id').$call(inOrganisation(owner.organisationId, table)).where('id', 'in', ids);
  // A body belongs to one process: another process's body is no choice of this survey's audience.
  const found = await (table === 'process_bodies' ? query.where('process_id', '=', owner.processId) : query).execute();
  if (found.length !== ids.length) throw refuse.invalid({ audienceIds: { key: 'platform.validation.choice' } });
}
