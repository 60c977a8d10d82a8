import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Channel, toChannel } from '../model.ts';
import '../tables.ts';

/** The organisation's channel with this id, whatever its state (callers check the permissions). */
export async function findChannel(db: Db, organisationId: string, channelId: string): Promise<Channel | undefined> {
  const row = await db
    .selectFrom('statement_channels')
    .selectAll()
    .$call(inOrganisation(organisationId, 'statement_channels'))
    .where('id', '=', channelId)
    .executeTakeFirst();
  return row ? toChannel(row) : undefined;
}
