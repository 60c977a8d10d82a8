import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/**
 * How many people the staff directory places directly in each unit or work
 * community of the organisation (by unit id; units with nobody are absent).
 * Deactivated people are not counted. A unit's total with what is beneath it
 * is the caller's sum over the tree.
 */
export async function countPlacedStaffByUnit(context: { db: Db }, organisationId: string): Promise<Map<string, number>> {
  const rows = await context.db
    .selectFrom('users')
    .select((eb) => ['unit_id', eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'users'))
    .where('unit_id', 'is not', null)
    .where('deactivated_at', 'is', null)
    .groupBy('unit_id')
    .execute();
  return new Map(rows.map((row) => [row.unit_id as string, Number(row.count)]));
}
