import { type DemoUnit, raumaUnits } from '../../demo/rauma-2013.ts';
import { newId } from '../../platform/db/ids.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createOrganisation } from './commands/create-organisation.ts';

/** The demo's organisation, the city of Rauma, with its departments and work communities. */
export async function seedOrganisationDemo(context: AppContext, state: DemoState): Promise<void> {
  const now = context.clock.now();
  const organisationId = await createOrganisation(
    context.db,
    { slug: 'rauma', name: { fi: 'Rauman kaupunki', sv: 'Raumo stad', en: 'City of Rauma' }, isDefault: true },
    now,
  );
  state.organisationId = organisationId;
  state.unitIds = {};
  const insert = async (unit: DemoUnit, parentId: string | null, position: number, kind: 'unit' | 'work_community') => {
    const id = newId();
    state.unitIds![unit.key] = id;
    await context.db
      .insertInto('units')
      .values({
        id,
        organisation_id: organisationId,
        parent_id: parentId,
        kind,
        name: JSON.stringify(unit.name),
        headcount: unit.headcount,
        position,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    for (const [index, child] of unit.children.entries()) await insert(child, id, index, 'work_community');
  };
  for (const [index, unit] of raumaUnits.entries()) await insert(unit, null, index, 'unit');
}
