import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { HttpError, invalid, notFound } from '../../../platform/http/errors.ts';
import { localizedTextSchema } from '../../../platform/i18n/locales.ts';
import { findUnit } from '../queries/list-units.ts';

const emptyToNull = (value: unknown) => (value === '' ? null : value);

/** A unit or work community as the admin form and API send it. */
export const unitSchema = z.object({
  name: localizedTextSchema(160),
  kind: z.enum(['unit', 'work_community']),
  parentId: z.preprocess(emptyToNull, z.string().max(64).nullable()).default(null),
  headcount: z.coerce.number().int().min(0).max(1_000_000).default(0),
  position: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** What a unit looks like once parsed. */
export type UnitInput = z.output<typeof unitSchema>;

async function checkParent(db: Db, actor: Actor, input: UnitInput, unitId: string | null) {
  if (!input.parentId) return;
  const parent = await findUnit(db, actor.organisationId, input.parentId);
  if (!parent) throw invalid({ parentId: { key: 'organisations.units.unknownParent' } });
  // Walk up from the new parent: reaching the unit itself would make a cycle.
  let cursor: string | null = parent.id;
  while (cursor) {
    if (cursor === unitId) throw invalid({ parentId: { key: 'organisations.units.cycle' } });
    const next: { parent_id: string | null } | undefined = await findUnit(db, actor.organisationId, cursor);
    cursor = next?.parent_id ?? null;
  }
}

/** Creates a unit or work community; answers its id. */
export async function createUnit(db: Db, actor: Actor, input: UnitInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await checkParent(trx, actor, input, null);
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
        details: { name: input.name.fi },
      },
      now,
    );
  });
  return id;
}

/** Updates a unit; a foreign or unknown id answers 404, a cycle 422. */
export async function updateUnit(db: Db, actor: Actor, unitId: string, input: UnitInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await findUnit(trx, actor.organisationId, unitId))) throw notFound();
    await checkParent(trx, actor, input, unitId);
    await trx
      .updateTable('units')
      .set({
        parent_id: input.parentId,
        kind: input.kind,
        name: JSON.stringify(input.name),
        headcount: input.headcount,
        position: input.position,
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
        details: { name: input.name.fi },
      },
      now,
    );
  });
}

/** Deletes a unit that has no children; otherwise 409 so nothing is orphaned. */
export async function deleteUnit(db: Db, actor: Actor, unitId: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const unit = await findUnit(trx, actor.organisationId, unitId);
    if (!unit) throw notFound();
    const child = await trx
      .selectFrom('units')
      .select('id')
      .$call(inOrganisation(actor.organisationId, 'units'))
      .where('parent_id', '=', unitId)
      .executeTakeFirst();
    if (child) throw new HttpError(409, 'conflict', 'organisations.units.hasChildren');
    await trx.deleteFrom('units').$call(inOrganisation(actor.organisationId, 'units')).where('id', '=', unitId).execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'organisations.unit.delete',
        subjectType: 'unit',
        subjectId: unitId,
        details: { name: unit.name },
      },
      now,
    );
  });
}
