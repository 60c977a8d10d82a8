import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { FOLLOWS_LIMITS } from '../schemas.ts';
import { issueToken } from '../tokens.ts';

/** The confirmation mail to send after the commit, or null when nothing is sent. */
export interface ConfirmationToSend {
  email: string;
  locale: Locale;
  token: string;
}

/**
 * An address asks to follow a process: an unconfirmed follow and a single-use confirmation
 * link. Nothing else is ever sent before the link is used. An address that already follows,
 * or holds the most pending links, gets nothing, and the answer is the same, so the form does
 * not tell whether an address follows.
 */
export async function requestFollow(
  db: Db,
  organisationId: string,
  processId: string,
  email: string,
  locale: Locale,
  now: Date,
): Promise<ConfirmationToSend | null> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('follows')
      .select(['id', 'confirmed_at'])
      .$call(inOrganisation(organisationId, 'follows'))
      .where('process_id', '=', processId)
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing?.confirmed_at) return null;
    const id = existing?.id ?? newId();
    if (existing) {
      const pending = await trx
        .selectFrom('follow_tokens')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('follow_id', '=', id)
        .where('purpose', '=', 'confirm')
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirstOrThrow();
      if (Number(pending.count) >= FOLLOWS_LIMITS.pendingMax) return null;
      await trx.updateTable('follows').set({ locale }).where('id', '=', id).execute();
    } else {
      const at = now.toISOString();
      await trx
        .insertInto('follows')
        .values({
          id,
          organisation_id: organisationId,
          process_id: processId,
          user_id: null,
          email,
          locale,
          confirmed_at: null,
          last_digest_at: null,
          created_at: at,
        })
        .execute();
    }
    const token = await issueToken(trx, { id, organisationId }, 'confirm', now, FOLLOWS_LIMITS.confirmDays);
    return { email, locale, token };
  });
}
