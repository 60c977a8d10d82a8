import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { Measure } from '../model.ts';
import type { MeasureStatus } from '../tables.ts';

/** An objective's measures by due day (then by when they were added). */
export async function listMeasures(db: Db, organisationId: string, objectiveId: string): Promise<Measure[]> {
  const rows = await db
    .selectFrom('goal_measures')
    .select(MEASURE_COLUMNS)
    .$call(inOrganisation(organisationId, 'goal_measures'))
    .where('objective_id', '=', objectiveId)
    .orderBy('due_on')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMeasure);
}

const MEASURE_COLUMNS = ['id', 'objective_id', 'title', 'owner_user_id', 'due_on', 'status'] as const;

/** The measure with this id in the organisation, or undefined (unknown and foreign alike). */
export async function findMeasure(db: Db, organisationId: string, id: string): Promise<Measure | undefined> {
  const row = await db
    .selectFrom('goal_measures')
    .select(MEASURE_COLUMNS)
    .$call(inOrganisation(organisationId, 'goal_measures'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toMeasure(row) : undefined;
}

function toMeasure(row: {
  id: string;
  objective_id: string;
  title: string;
  owner_user_id: string | null;
  due_on: string;
  status: MeasureStatus;
}): Measure {
  return {
    id: row.id,
    objectiveId: row.objective_id,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    ownerUserId: row.owner_user_id,
    dueOn: row.due_on,
    status: row.status,
  };
}
