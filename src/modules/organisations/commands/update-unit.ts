import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { findUnit } from '../queries/list-units.ts';
import type { unitPatchSchema } from '../schemas.ts';
import { checkUnitPlacement } from './check-unit-placement.ts';

/**
 * Changes a unit; fields left out keep their value. A foreign or unknown id
 * answers 404, a bad placement 422 — and then nothing is saved.
 */
export async function updateUnit(
  db: Db,
  actor: Actor,
  unitId: string,
  changes: z.output<typeof unitPatchSchema>,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findUnit(trx, actor.organisationId, unitId);
    if (!current) throw refuse.notFound();
    const next = {
      name: changes.name ?? parseJsonColumn<LocalizedText>(current.name, { fi: '' }),
      kind: changes.kind ?? current.kind,
      parentId: changes.parentId === undefined ? current.parent_id : changes.parentId,
      headcount: changes.headcount ?? current.headcount,
      position: changes.position ?? current.position,
    };
    await checkUnitPlacement(trx, actor.organisationId, { unitId, parentId: next.parentId, kind: next.kind });
    await trx
      .updateTable('units')
      .set({
        parent_id: next.parentId,
        kind: next.kind,
        name: JSON.stringify(next.name),
        headcount: next.headcount,
        position: next.position,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'units'))
      .where('id', '=', unitId)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'organisations.unit.update',
        subjectType: 'unit',
        subjectId: unitId,
        details: { name: next.name.fi, kind: next.kind, parentId: next.parentId, headcount: next.headcount },
      },
      now,
    );
  });
}
