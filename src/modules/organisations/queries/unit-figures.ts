import type { UnitNode } from './list-units.ts';

/** The organisation's unit figures for the dashboard. */
export interface UnitFigures {
  units: number;
  workCommunities: number;
  /** Staff in the whole organisation: the sum of the top-level units' headcounts. */
  headcount: number;
}

/**
 * Counts units and work communities in a tree. A unit's headcount already
 * covers its work communities, so only the top level is summed for the total.
 */
export function unitFigures(tree: UnitNode[]): UnitFigures {
  const figures: UnitFigures = { units: 0, workCommunities: 0, headcount: tree.reduce((sum, node) => sum + node.headcount, 0) };
  const visit = (nodes: UnitNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'unit') figures.units += 1;
      else figures.workCommunities += 1;
      visit(node.children);
    }
  };
  visit(tree);
  return figures;
}

/**
 * The staff directory's count of each unit with everything beneath it, from the
 * people placed directly in each (accounts' `countPlacedByUnit`), so a unit's
 * figure compares with its typed headcount, which covers its work communities too.
 */
export function directoryHeadcounts(tree: UnitNode[], placed: ReadonlyMap<string, number>): Map<string, number> {
  const within = new Map<string, number>();
  const visit = (node: UnitNode): number => {
    const total = node.children.reduce((sum, child) => sum + visit(child), placed.get(node.id) ?? 0);
    within.set(node.id, total);
    return total;
  };
  for (const node of tree) visit(node);
  return within;
}

/** The sum of the headcounts directly beneath a node (null when it has none), to compare with its own. */
export function childrenHeadcount(node: UnitNode): number | null {
  if (node.children.length === 0) return null;
  return node.children.reduce((sum, child) => sum + child.headcount, 0);
}
