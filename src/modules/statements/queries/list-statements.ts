import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Statement, toStatement } from '../model.ts';
import type { StatementStatus } from '../tables.ts';
import '../tables.ts';

/** A channel's statements in number order, optionally only those in the given states. */
export async function listStatements(
  db: Db,
  organisationId: string,
  channelId: string,
  statuses?: readonly StatementStatus[],
): Promise<Statement[]> {
  if (statuses && statuses.length === 0) return [];
  let query = db
    .selectFrom('statements')
    .selectAll()
    .$call(inOrganisation(organisationId, 'statements'))
    .where('channel_id', '=', channelId);
  if (statuses) query = query.where('status', 'in', [...statuses]);
  const rows = await query.orderBy('number').execute();
  return rows.map(toStatement);
}
