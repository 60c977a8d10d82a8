import type { Db } from '../../../platform/db/database.ts';
import { flattenUnitTree, listUnitTree, type UnitNode } from '../../organisations/index.ts';
import { mappingLines } from './schemas.ts';

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/** The organisation's units or work communities, to match mapping targets against. */
export async function listUnitsOfKind(db: Db, organisationId: string, kind: UnitNode['kind']): Promise<UnitNode[]> {
  return flattenUnitTree(await listUnitTree(db, organisationId)).filter((unit) => unit.kind === kind);
}

/**
 * The unit a target names, as the staff import matches a cell: its id, or its name in fi, sv or en
 * (case and spacing ignored). Null when none or several match (a name two units share).
 */
export function unitOfTarget(units: readonly UnitNode[], target: string): string | null {
  const byId = units.find((unit) => unit.id === target.trim());
  if (byId) return byId.id;
  const matches = units.filter((unit) =>
    [unit.name.fi, unit.name.sv, unit.name.en].some((name) => name && folded(name) === folded(target)),
  );
  return matches.length === 1 ? (matches[0]?.id ?? null) : null;
}

/** The first line of a mapping whose target names no single unit of the list, or undefined. */
export function unresolvedTarget(units: readonly UnitNode[], mapping: string): string | undefined {
  return mappingLines(mapping).find((line) => unitOfTarget(units, line.target) === null)?.target;
}

/** The unit a claim's values map to: the first value with a mapping line, else the first value naming a unit itself. */
export function unitOfClaim(units: readonly UnitNode[], mapping: string, values: readonly string[]): string | null {
  const lines = mappingLines(mapping);
  for (const value of values) {
    const line = lines.find((candidate) => candidate.value === value);
    if (line) return unitOfTarget(units, line.target);
  }
  for (const value of values) {
    const unit = unitOfTarget(units, value);
    if (unit) return unit;
  }
  return null;
}
