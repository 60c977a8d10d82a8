import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { UnitNode } from '../../organisations/index.ts';

/** A work community a round is for, with the units above it. */
export interface RoundCommunity {
  id: string;
  name: LocalizedText;
  headcount: number;
  /** The community's id and its ancestors', nearest first (the permission rules' `unitPath`). */
  path: string[];
  /** The top-level unit it belongs to (the coverage page's groups). */
  topUnit: { id: string; name: LocalizedText };
}

/** Every work community of the tree with its path, in tree order. */
export function allCommunities(roots: readonly UnitNode[]): RoundCommunity[] {
  const found: RoundCommunity[] = [];
  // One topUnit object per top-level unit, shared by its communities (a city has a thousand of them).
  const walk = (node: UnitNode, above: string[], topUnit: RoundCommunity['topUnit']) => {
    const path = [node.id, ...above];
    if (node.kind === 'work_community') found.push({ id: node.id, name: node.name, headcount: node.headcount, path, topUnit });
    for (const child of node.children) walk(child, path, topUnit);
  };
  for (const root of roots) walk(root, [], { id: root.id, name: root.name });
  return found;
}

/**
 * The work communities a round is for: every one when it names no units, otherwise those at
 * or beneath each unit it names (a unit's sub-units included). Ids no longer in the tree are ignored.
 */
export function roundCommunities(roots: readonly UnitNode[], unitIds: readonly string[]): RoundCommunity[] {
  const all = allCommunities(roots);
  if (unitIds.length === 0) return all;
  return all.filter((community) => community.path.some((id) => unitIds.includes(id)));
}
