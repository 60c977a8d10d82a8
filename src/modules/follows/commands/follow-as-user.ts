import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { CurrentUser } from '../../../platform/http/request-context.ts';
import { FOLLOWS_AUDIT_ACTIONS } from '../audit-actions.ts';
import { auditFollow } from './audit-follow.ts';

/**
 * The account follows the process, confirmed at once (it is signed in); an earlier follow by
 * the same address becomes the account's. Following twice changes nothing (and is not audited).
 */
export async function followAsUser(db: Db, organisationId: string, user: CurrentUser, processId: string, now: Date): Promise<void> {
  const email = user.email.toLowerCase();
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('follows')
      .select(['id', 'confirmed_at', 'user_id'])
      .$call(inOrganisation(organisationId, 'follows'))
      .where('process_id', '=', processId)
      .where((eb) => eb.or([eb('user_id', '=', user.id), eb('email', '=', email)]))
      .executeTakeFirst();
    const at = now.toISOString();
    if (existing?.user_id === user.id && existing.confirmed_at) return;
    await auditFollow(trx, { organisationId, actorUserId: user.id, action: FOLLOWS_AUDIT_ACTIONS.follow, processId, byEmail: false }, now);
    if (existing) {
      await trx
        .updateTable('follows')
        .set({ user_id: user.id, confirmed_at: existing.confirmed_at ?? at, last_digest_at: existing.confirmed_at ? undefined : at })
        .where('id', '=', existing.id)
        .execute();
      return;
    }
    await trx
      .insertInto('follows')
      .values({
        id: newId(),
        organisation_id: organisationId,
        process_id: processId,
        user_id: user.id,
        email,
        locale: user.locale,
        confirmed_at: at,
        last_digest_at: at,
        created_at: at,
      })
      .execute();
  });
}
