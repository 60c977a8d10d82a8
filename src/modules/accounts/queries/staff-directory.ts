import type { Actor, Authorizer } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { listUnitTree, type UnitNode } from '../../organisations/index.ts';
import { countPlacedStaffByUnit } from './count-placed-staff.ts';

/** A row of the staff directory: a unit or work community with the typed headcount and the directory's counts. */
export interface DirectoryUnit {
  id: string;
  name: UnitNode['name'];
  kind: UnitNode['kind'];
  depth: number;
  /** The headcount typed on the unit (organisations). */
  headcount: number;
  /** Active people placed in this very unit. */
  placed: number;
  /** Active people placed in it or anywhere beneath it. */
  placedWithin: number;
  /** The unit and what is beneath it, for the list of people. */
  subtree: string[];
}

/**
 * The organisation's units as the actor may see them in the staff directory
 * (`accounts.staff.read` for each unit's path: admins all, a unit manager their
 * unit and what is beneath it), depth-first, with the directory's headcounts.
 */
export async function listDirectoryUnits(db: Db, authorizer: Authorizer, actor: Actor): Promise<DirectoryUnit[]> {
  const [tree, counts] = await Promise.all([listUnitTree(db, actor.organisationId), countPlacedStaffByUnit({ db }, actor.organisationId)]);
  const rows: DirectoryUnit[] = [];
  const visit = (node: UnitNode, path: string[], depth: number): string[] => {
    const unitPath = [node.id, ...path];
    const row: DirectoryUnit = {
      id: node.id,
      name: node.name,
      kind: node.kind,
      depth,
      headcount: node.headcount,
      placed: counts.get(node.id) ?? 0,
      placedWithin: 0,
      subtree: [node.id],
    };
    const visible = authorizer.can(actor, 'accounts.staff.read', { unitPath });
    if (visible) rows.push(row);
    for (const child of node.children) row.subtree.push(...visit(child, unitPath, visible ? depth + 1 : depth));
    row.placedWithin = row.subtree.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    return row.subtree;
  };
  for (const root of tree) visit(root, [], 0);
  return rows;
}
