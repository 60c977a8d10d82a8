import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import '../tables.ts';

/** One end of a link: a type name and an id. */
export interface LinkEnd {
  type: string;
  id: string;
}

/** Records a typed link once (a repeated link is a no-op). */
export async function addLink(db: Db, organisationId: string, from: LinkEnd, relation: string, to: LinkEnd, now: Date): Promise<void> {
  await db
    .insertInto('links')
    .values({
      id: newId(),
      organisation_id: organisationId,
      from_type: from.type,
      from_id: from.id,
      relation,
      to_type: to.type,
      to_id: to.id,
      created_at: now.toISOString(),
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'from_type', 'from_id', 'relation', 'to_type', 'to_id']).doNothing())
    .execute();
}
