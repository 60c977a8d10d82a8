import type { Db } from '../../../platform/db/database.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { listBodies } from '../../processes/index.ts';
import type { QuotaAttribute } from '../tables.ts';

/** A value of the quota attribute: a unit (with its headcount and place in the tree) or a sector. */
export interface AttributeOption {
  value: string;
  label: LocalizedText;
  headcount: number;
  parentValue: string | null;
  depth: number;
}

/** The units of the organisation, or the sectors of the process's bodies, to choose from. */
export async function listAttributeOptions(
  db: Db,
  organisationId: string,
  processId: string,
  attribute: QuotaAttribute,
): Promise<AttributeOption[]> {
  if (attribute === 'unit') {
    const units = flattenUnitTree(await listUnitTree(db, organisationId));
    return units.map((unit) => ({
      value: unit.id,
      label: unit.name,
      headcount: unit.headcount,
      parentValue: unit.parentId,
      depth: unit.depth,
    }));
  }
  if (attribute === 'sector') {
    const bodies = await listBodies(db, organisationId, processId);
    return bodies.flatMap((body) =>
      body.sectors.map((sector) => ({ value: sector.id, label: sector.name, headcount: 0, parentValue: null, depth: 0 })),
    );
  }
  return [];
}

/** A value and everything above it (a work community, then its unit): quotas match the nearest. */
export function attributeChain(options: AttributeOption[], value: string): string[] {
  const chain: string[] = [];
  let current = options.find((option) => option.value === value);
  while (current && !chain.includes(current.value)) {
    chain.push(current.value);
    const parent = current.parentValue;
    current = parent ? options.find((option) => option.value === parent) : undefined;
  }
  return chain;
}
