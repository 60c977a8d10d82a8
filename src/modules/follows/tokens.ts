import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { newToken } from '../../platform/db/ids.ts';
import type { FollowTokensTable } from './tables.ts';

/** A token as stored: its SHA-256 (a leaked table opens no link). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Makes a link's token for a follow, keeps its hash, and answers the token itself (for the mail only). */
export async function issueToken(
  db: Db,
  follow: { id: string; organisationId: string },
  purpose: FollowTokensTable['purpose'],
  now: Date,
  days: number,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('follow_tokens')
    .values({
      token_hash: hashToken(token),
      organisation_id: follow.organisationId,
      follow_id: follow.id,
      purpose,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
      used_at: null,
    })
    .execute();
  return token;
}
