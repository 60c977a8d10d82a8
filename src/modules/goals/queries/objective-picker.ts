import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** An objective as another module offers it in a select: its title, its goal's title and its unit. */
export interface ObjectiveOption {
  id: string;
  title: LocalizedText;
  goalId: string;
  goalTitle: LocalizedText;
  unitId: string;
}

/** A process's objectives in the goals' order (then the objectives' creation), for a picker in another module. */
export async function listObjectivesForPicker(db: Db, organisationId: string, processId: string): Promise<ObjectiveOption[]> {
  const rows = await db
    .selectFrom('goal_objectives')
    .innerJoin('goals', 'goals.id', 'goal_objectives.goal_id')
    .select([
      'goal_objectives.id as id',
      'goal_objectives.title as title',
      'goal_objectives.unit_id as unitId',
      'goals.id as goalId',
      'goals.title as goalTitle',
    ])
    .$call(inOrganisation(organisationId, 'goal_objectives'))
    .$call(inOrganisation(organisationId, 'goals'))
    .where('goals.process_id', '=', processId)
    .orderBy('goals.position')
    .orderBy('goal_objectives.created_at')
    .orderBy('goal_objectives.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    goalId: row.goalId,
    goalTitle: parseJsonColumn<LocalizedText>(row.goalTitle, { fi: '' }),
    unitId: row.unitId,
  }));
}

/** Whether the objective exists in the organisation (and, when given, in the process): a foreign id is false. */
export async function objectiveExists(db: Db, organisationId: string, objectiveId: string, processId?: string): Promise<boolean> {
  let query = db
    .selectFrom('goal_objectives')
    .innerJoin('goals', 'goals.id', 'goal_objectives.goal_id')
    .select('goal_objectives.id')
    .$call(inOrganisation(organisationId, 'goal_objectives'))
    .where('goal_objectives.id', '=', objectiveId);
  if (processId !== undefined) query = query.where('goals.process_id', '=', processId);
  return (await query.executeTakeFirst()) !== undefined;
}
