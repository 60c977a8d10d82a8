import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Round } from '../model.ts';
import { hashReportToken } from '../report-links.ts';
import { toRound } from './load-follow-up.ts';

/** The round with this id in the organisation, or undefined (unknown and foreign alike). */
export async function findRound(db: Db, organisationId: string, id: string): Promise<Round | undefined> {
  const row = await db
    .selectFrom('goal_rounds')
    .selectAll()
    .$call(inOrganisation(organisationId, 'goal_rounds'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRound(row) : undefined;
}

/** A mailed link by its token: whose it is, for which round, and until when; undefined when unknown here. */
export async function findReportLink(
  db: Db,
  organisationId: string,
  token: string,
): Promise<{ roundId: string; userId: string; expiresAt: string } | undefined> {
  const row = await db
    .selectFrom('goal_report_links')
    .select(['round_id', 'user_id', 'expires_at'])
    .$call(inOrganisation(organisationId, 'goal_report_links'))
    .where('token_hash', '=', hashReportToken(token))
    .executeTakeFirst();
  return row ? { roundId: row.round_id, userId: row.user_id, expiresAt: row.expires_at } : undefined;
}
