import type { Db } from '../../../platform/db/database.ts';
import { newToken } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { isLocale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { Translator } from '../../../platform/i18n/translator.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import { hashToken } from '../sessions.ts';
import '../tables.ts';

/** How long a reset link works. */
export const RESET_LINK_HOURS = 1;

/** Links one person may have pending at once: stops anyone from flooding a mailbox. */
const PENDING_RESETS_MAX = 3;

/** What a reset request needs besides the e-mail address. */
export interface ResetRequest {
  organisationId: string;
  organisationName: LocalizedText;
  email: string;
  /** Origin for the link: PUBLIC_URL, else the request's protocol and host. */
  baseUrl: string;
}

async function countPendingResets(db: Db, organisationId: string, userId: string, now: Date): Promise<number> {
  const pending = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(inOrganisation(organisationId, 'password_resets'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(pending.count);
}

/**
 * Prepares a one-time reset link for the account with this e-mail, storing
 * only the token's SHA-256. Answers the mail to send, or null when there is no
 * such account or it already has enough pending links; the caller answers the
 * same either way, so nobody learns whether an account exists.
 */
export async function requestPasswordReset(db: Db, translator: Translator, request: ResetRequest, now: Date): Promise<MailMessage | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'locale', 'display_name'])
    .$call(inOrganisation(request.organisationId, 'users'))
    .where('email', '=', request.email)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  // A deactivated account gets no link, and the form answers the same as for an unknown address.
  if (!user) return null;
  if ((await countPendingResets(db, request.organisationId, user.id, now)) >= PENDING_RESETS_MAX) return null;
  const token = newToken();
  await db
    .insertInto('password_resets')
    .values({
      id: hashToken(token),
      organisation_id: request.organisationId,
      user_id: user.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000).toISOString(),
      used_at: null,
    })
    .execute();
  const locale = isLocale(user.locale) ? user.locale : 'fi';
  const values = {
    name: user.display_name,
    organisation: localize(request.organisationName, locale),
    link: `${request.baseUrl}/${locale}/password-reset/${token}`,
    hours: RESET_LINK_HOURS,
  };
  return {
    to: user.email,
    subject: translator.t(locale, 'accounts.passwordReset.mailSubject', values),
    text: translator.t(locale, 'accounts.passwordReset.mailText', values),
  };
}
