import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { toWorkshop, type Workshop } from '../model.ts';
import '../tables.ts';

/** The organisation's workshop with this id, or undefined (unknown and foreign alike). */
export async function findWorkshop(db: Db, organisationId: string, id: string): Promise<Workshop | undefined> {
  const row = await db
    .selectFrom('workshops')
    .selectAll()
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toWorkshop(row) : undefined;
}

/** The organisation's workshop with this join code, or undefined. */
export async function findWorkshopByCode(db: Db, organisationId: string, code: string): Promise<Workshop | undefined> {
  const row = await db
    .selectFrom('workshops')
    .selectAll()
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('join_code', '=', code)
    .executeTakeFirst();
  return row ? toWorkshop(row) : undefined;
}
