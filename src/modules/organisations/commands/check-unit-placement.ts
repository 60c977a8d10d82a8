import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findUnit } from '../queries/list-units.ts';
import type { UnitKind } from '../schemas.ts';

/**
 * Checks where a unit is put: the parent must be a unit of the same
 * organisation (a work community holds no units), it may not be the unit
 * itself or beneath it, and a unit with children cannot become a work community.
 */
export async function checkUnitPlacement(
  db: Db,
  organisationId: string,
  placement: { unitId: string | null; parentId: string | null; kind: UnitKind },
): Promise<void> {
  if (placement.unitId && placement.kind === 'work_community' && (await hasChildren(db, organisationId, placement.unitId))) {
    throw refuse.invalid({ kind: { key: 'organisations.units.workCommunityWithChildren' } });
  }
  if (!placement.parentId) return;
  const parent = await findUnit(db, organisationId, placement.parentId);
  if (!parent) throw refuse.invalid({ parentId: { key: 'organisations.units.unknownParent' } });
  if (parent.kind === 'work_community') throw refuse.invalid({ parentId: { key: 'organisations.units.parentIsWorkCommunity' } });
  // Walk up from the new parent: meeting the unit itself would close a cycle.
  let cursor: string | null = parent.id;
  while (cursor) {
    if (cursor === placement.unitId) throw refuse.invalid({ parentId: { key: 'organisations.units.cycle' } });
    const next: { parent_id: string | null } | undefined = await findUnit(db, organisationId, cursor);
    cursor = next?.parent_id ?? null;
  }
}

/** Answers whether a unit has units or work communities beneath it. */
export async function hasChildren(db: Db, organisationId: string, unitId: string): Promise<boolean> {
  const child = await db
    .selectFrom('units')
    .select('id')
    .$call(inOrganisation(organisationId, 'units'))
    .where('parent_id', '=', unitId)
    .limit(1)
    .executeTakeFirst();
  return child !== undefined;
}
