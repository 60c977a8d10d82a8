import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { AudienceLookups } from '../../platform/participation/audience.ts';
import './tables.ts';

/**
 * The unit and every unit above it, the unit first: staff of a unit chosen as
 * an audience include the staff of every unit beneath it (its work communities).
 * An unknown or foreign unit answers an empty list.
 */
export async function unitWithAncestors(db: Db, organisationId: string, unitId: string): Promise<string[]> {
  const rows = await db.selectFrom('units').select(['id', 'parent_id']).$call(inOrganisation(organisationId, 'units')).execute();
  const parentOf = new Map(rows.map((row) => [row.id, row.parent_id]));
  const path: string[] = [];
  let current: string | null | undefined = parentOf.has(unitId) ? unitId : null;
  // The path stops at a repeated unit, so a damaged tree cannot loop.
  while (current && !path.includes(current)) {
    path.push(current);
    current = parentOf.get(current);
  }
  return path;
}

/** What organisations lends the audience check. */
export const organisationsAudienceLookups: Pick<AudienceLookups, 'unitWithAncestors'> = { unitWithAncestors };
