import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Measure } from '../model.ts';

/** An objective's measures by due day (then by when they were added). */
export async function listMeasures(db: Db, organisationId: string, objectiveId: string): Promise<Measure[]> {
  const rows = await db
    .selectFrom('goal_measures')
    .select(['id', 'objective_id', 'title', 'owner_user_id', 'due_on', 'status'])
    .$call(inOrganisation(organisationId, 'goal_measures'))
    .where('objective_id', '=', objectiveId)
    .orderBy('due_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    objectiveId: row.objective_id,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    ownerUserId: row.owner_user_id,
    dueOn: row.due_on,
    status: row.status,
  }));
}
