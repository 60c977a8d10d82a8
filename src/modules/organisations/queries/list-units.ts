import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { UnitsTable } from '../tables.ts';
import '../tables.ts';

/** A unit or work community with its children, for trees and pickers. */
export interface UnitNode {
  id: string;
  parentId: string | null;
  kind: 'unit' | 'work_community';
  name: LocalizedText;
  headcount: number;
  position: number;
  children: UnitNode[];
}

/** Shapes a units row as a node without children. */
export function toUnitNode(row: UnitsTable): UnitNode {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind,
    name: parseJsonColumn<LocalizedText>(row.name, { fi: '' }),
    headcount: row.headcount,
    position: row.position,
    children: [],
  };
}

/** The organisation's units as a tree (one query), ordered by position. */
export async function listUnitTree(db: Db, organisationId: string): Promise<UnitNode[]> {
  const rows = await db
    .selectFrom('units')
    .selectAll()
    .$call(inOrganisation(organisationId, 'units'))
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const nodes = new Map<string, UnitNode>();
  for (const row of rows) nodes.set(row.id, toUnitNode(row));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The tree flattened depth-first, with each node's depth (for selects and tables). */
export function flattenUnitTree(nodes: UnitNode[], depth = 0): Array<UnitNode & { depth: number }> {
  return nodes.flatMap((node) => [{ ...node, depth }, ...flattenUnitTree(node.children, depth + 1)]);
}

/** One unit of the organisation, or undefined (a foreign id finds nothing). */
export async function findUnit(db: Db, organisationId: string, unitId: string) {
  return db.selectFrom('units').selectAll().$call(inOrganisation(organisationId, 'units')).where('id', '=', unitId).executeTakeFirst();
}
