import type { Db } from '../../../platform/db/database.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';

/** A unit and its ancestors (the unit first); empty for an unknown or foreign unit. */
export async function unitPathOf(db: Db, organisationId: string, unitId: string): Promise<string[]> {
  const units = new Map(flattenUnitTree(await listUnitTree(db, organisationId)).map((unit) => [unit.id, unit]));
  const path: string[] = [];
  for (let unit = units.get(unitId); unit && !path.includes(unit.id); unit = unit.parentId ? units.get(unit.parentId) : undefined)
    path.push(unit.id);
  return path;
}
