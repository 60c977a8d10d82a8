import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { hashToken } from '../tokens.ts';

/** A follow as the module's pages and mails need it. */
export interface Follow {
  id: string;
  organisationId: string;
  processId: string;
  userId: string | null;
  email: string;
  locale: string;
  confirmedAt: string | null;
  lastDigestAt: string | null;
}

const columns = [
  'follows.id',
  'follows.organisation_id',
  'follows.process_id',
  'follows.user_id',
  'follows.email',
  'follows.locale',
  'follows.confirmed_at',
  'follows.last_digest_at',
] as const;

type Row = {
  id: string;
  organisation_id: string;
  process_id: string;
  user_id: string | null;
  email: string;
  locale: string;
  confirmed_at: string | null;
  last_digest_at: string | null;
};

function toFollow(row: Row): Follow {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    userId: row.user_id,
    email: row.email,
    locale: row.locale,
    confirmedAt: row.confirmed_at,
    lastDigestAt: row.last_digest_at,
  };
}

/** The account's follow of a process, if it follows it. */
export async function findUserFollow(db: Db, organisationId: string, userId: string, processId: string): Promise<Follow | undefined> {
  const row = await db
    .selectFrom('follows')
    .select(columns)
    .$call(inOrganisation(organisationId, 'follows'))
    .where('user_id', '=', userId)
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return row ? toFollow(row) : undefined;
}

/** The follow a link's token belongs to, when the token is of that purpose, unused and unexpired. */
export async function findFollowByToken(
  db: Db,
  organisationId: string,
  token: string,
  purpose: 'confirm' | 'unsubscribe',
  now: Date,
): Promise<Follow | undefined> {
  const row = await db
    .selectFrom('follow_tokens')
    .innerJoin('follows', 'follows.id', 'follow_tokens.follow_id')
    .select(columns)
    .$call(inOrganisation(organisationId, 'follow_tokens'))
    .where('follow_tokens.token_hash', '=', hashToken(token))
    .where('follow_tokens.purpose', '=', purpose)
    .where('follow_tokens.used_at', 'is', null)
    .where('follow_tokens.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ? toFollow(row) : undefined;
}

/** The account's follows, for its data export. */
export async function listUserFollows(db: Db, organisationId: string, userId: string): Promise<Follow[]> {
  const rows = await db
    .selectFrom('follows')
    .select(columns)
    .$call(inOrganisation(organisationId, 'follows'))
    .where('user_id', '=', userId)
    .execute();
  return rows.map(toFollow);
}
