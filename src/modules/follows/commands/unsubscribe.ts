import type { Db } from '../../../platform/db/database.ts';
import { findFollowByToken } from '../queries/find-follow.ts';
import { linkInvalid } from './confirm-follow.ts';

/**
 * An unsubscribe link stops the follow: the row is deleted (with every link of it), not kept,
 * so an e-mail follower's data is erased by unsubscribing.
 */
export async function unsubscribe(db: Db, organisationId: string, token: string, now: Date): Promise<void> {
  const follow = await findFollowByToken(db, organisationId, token, 'unsubscribe', now);
  if (!follow) throw linkInvalid();
  await db.deleteFrom('follows').where('id', '=', follow.id).where('organisation_id', '=', organisationId).execute();
}
