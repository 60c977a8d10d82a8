import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** Whether another process of the organisation already has this slug. */
export async function isSlugTaken(db: Db, organisationId: string, slug: string, exceptProcessId?: string): Promise<boolean> {
  let query = db.selectFrom('processes').select('id').$call(inOrganisation(organisationId, 'processes')).where('slug', '=', slug);
  if (exceptProcessId) query = query.where('id', '<>', exceptProcessId);
  return (await query.executeTakeFirst()) !== undefined;
}
