import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** A signed-in browser as its owner sees it; the id (a token hash) never leaves the server. */
export interface SessionSummary {
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

/** The user's sessions that still work (within the idle and absolute limits), newest activity first. */
export async function listSessions(
  db: Db,
  config: Pick<Config, 'sessionIdleMinutes'>,
  owner: { organisationId: string; userId: string; sessionId: string | null },
  now: Date,
): Promise<SessionSummary[]> {
  const idleLimit = new Date(now.getTime() - config.sessionIdleMinutes * 60_000).toISOString();
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at'])
    .$call(inOrganisation(owner.organisationId, 'sessions'))
    .where('user_id', '=', owner.userId)
    .where('expires_at', '>', now.toISOString())
    .where('last_seen_at', '>=', idleLimit)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    current: row.id === owner.sessionId,
  }));
}
