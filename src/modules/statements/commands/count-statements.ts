import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** How many statements a channel holds, whatever their state (the per-channel limit counts them all). */
export async function countStatements(db: Db, channel: { id: string; organisation_id: string }): Promise<number> {
  const row = await db
    .selectFrom('statements')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(channel.organisation_id, 'statements'))
    .where('channel_id', '=', channel.id)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
