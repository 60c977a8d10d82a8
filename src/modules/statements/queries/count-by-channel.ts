import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { StatementStatus } from '../tables.ts';
import '../tables.ts';

/** How many statements in the given state each of the given channels has (channel id → count), in one query. */
export async function countStatementsByChannel(
  db: Db,
  organisationId: string,
  channelIds: readonly string[],
  status: StatementStatus,
): Promise<Map<string, number>> {
  if (channelIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('statements')
    .select(['channel_id', (eb) => eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'statements'))
    .where('channel_id', 'in', channelIds)
    .where('status', '=', status)
    .groupBy('channel_id')
    .execute();
  return new Map(rows.map((row) => [row.channel_id, Number(row.count)]));
}
