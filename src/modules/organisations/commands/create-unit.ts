import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { UnitInput } from '../schemas.ts';
import { checkUnitPlacement } from './check-unit-placement.ts';

/** Creates a unit or work community in the actor's organisation; answers its id. */
export async function createUnit(db: Db, actor: Actor, input: UnitInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await checkUnitPlacement(trx, actor.organisationId, { unitId: null, parentId: input.parentId, kind: input.kind });
    await trx
      .insertInto('units')
      .values({
        id,
        organisation_id: actor.organisationId,
        parent_id: input.parentId,
        kind: input.kind,
        name: JSON.stringify(input.name),
        headcount: input.headcount,
        position: input.position,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'organisations.unit.create',
        subjectType: 'unit',
        subjectId: id,
        details: { name: input.name.fi, kind: input.kind, parentId: input.parentId, headcount: input.headcount },
      },
      now,
    );
  });
  return id;
}
