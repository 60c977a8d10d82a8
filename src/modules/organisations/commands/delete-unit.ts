import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { findUnit } from '../queries/list-units.ts';
import { hasChildren } from './check-unit-placement.ts';

/**
 * Deletes a unit that has nothing beneath it (409 otherwise, so nothing is
 * orphaned). People placed in it keep their accounts: users.unit_id is set null.
 */
export async function deleteUnit(db: Db, actor: Actor, unitId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, actor.organisationId, unitId);
    if (!unit) throw refuse.notFound();
    if (await hasChildren(trx, actor.organisationId, unitId)) throw refuse.conflict('organisations.units.hasChildren');
    await trx.deleteFrom('units').$call(inOrganisation(actor.organisationId, 'units')).where('id', '=', unitId).execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'organisations.unit.delete',
        subjectType: 'unit',
        subjectId: unitId,
        details: { name: parseJsonColumn<LocalizedText>(unit.name, { fi: '' }).fi, kind: unit.kind },
      },
      now,
    );
  });
}
