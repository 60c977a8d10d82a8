import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { FOLLOWS_AUDIT_ACTIONS } from '../audit-actions.ts';
import { findFollowByToken } from '../queries/find-follow.ts';
import { hashToken } from '../tokens.ts';
import { auditFollow } from './audit-follow.ts';

/** A link that is unknown, used or expired: one answer for all (410), so none tells more. */
export const linkInvalid = () => refuse.gone('follows.link.invalid');

/**
 * Uses a confirmation link once: the follow is confirmed and its first digest covers what
 * happens from now. The token is claimed with a conditional update, so two clicks confirm once.
 */
export async function confirmFollow(db: Db, organisationId: string, token: string, now: Date): Promise<{ processId: string }> {
  return db.transaction().execute(async (trx) => {
    const follow = await findFollowByToken(trx, organisationId, token, 'confirm', now);
    if (!follow) throw linkInvalid();
    const at = now.toISOString();
    const claimed = await trx
      .updateTable('follow_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw linkInvalid();
    // Every other pending link of the follow goes: the address is confirmed.
    await trx
      .deleteFrom('follow_tokens')
      .where('follow_id', '=', follow.id)
      .where('purpose', '=', 'confirm')
      .where('used_at', 'is', null)
      .execute();
    if (!follow.confirmedAt) {
      await trx.updateTable('follows').set({ confirmed_at: at, last_digest_at: at }).where('id', '=', follow.id).execute();
      const change = { organisationId, actorUserId: null, action: FOLLOWS_AUDIT_ACTIONS.confirm, processId: follow.processId };
      await auditFollow(trx, { ...change, byEmail: true }, now);
    }
    return { processId: follow.processId };
  });
}
