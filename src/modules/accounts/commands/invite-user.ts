import { recordAudit } from '../../../platform/audit/audit.ts';
import { newToken } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { isLocale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import { AUDIT_ACTIONS } from '../audit-actions.ts';
import { hashToken } from '../sessions.ts';
import { loadStaffUser } from './find-staff-user.ts';
import type { StaffContext } from './staff-context.ts';
import '../tables.ts';

/** How long a sign-in invitation works: long enough for a person back from a week off. */
export const INVITATION_VALID_DAYS = 7;

/** Who is invited, by whom, and where the link points. */
export interface Invitation {
  organisationId: string;
  /** The organisation's name, said in the mail in the person's language. */
  organisationName: LocalizedText;
  userId: string;
  /** Who sends it (the audit entry's actor); null for the system (an import run without a person). */
  actorId: string | null;
  /**
   * The origin of the link. Leave it out to use PUBLIC_URL (the command line must);
   * a request may pass its own origin only when PUBLIC_URL is not set (accounts CONTEXT.md).
   */
  baseUrl?: string;
}

/** The origin for links in mail: PUBLIC_URL when set, else what the caller passes; neither is a configuration error. */
function originOf(context: Pick<StaffContext, 'config'>, baseUrl: string | undefined): string {
  const origin = context.config.publicUrl ?? baseUrl;
  if (!origin) throw new Error('Set PUBLIC_URL: invitation links need the address of the site.');
  return origin.replace(/\/$/, '');
}

/**
 * Stores a new single-use invitation (only the token's SHA-256) and answers
 * the mail that carries its set-password link, in the person's language.
 * Earlier invitations stay valid until used or expired; using any of them
 * retires the rest. A deactivated person is not invited (409).
 */
export async function createInvitation(context: Omit<StaffContext, 'mailer'>, invitation: Invitation): Promise<MailMessage> {
  const { organisationId, userId } = invitation;
  const origin = originOf(context, invitation.baseUrl);
  const now = context.clock.now();
  const token = newToken();
  const user = await context.db.transaction().execute(async (trx) => {
    const found = await loadStaffUser(trx, organisationId, userId);
    if (found.deactivated_at) throw refuse.conflict('accounts.invitation.deactivated');
    await trx
      .insertInto('account_invitations')
      .values({
        id: hashToken(token),
        organisation_id: organisationId,
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000).toISOString(),
        used_at: null,
      })
      .execute();
    await recordAudit(
      trx,
      { organisationId, actorUserId: invitation.actorId, action: AUDIT_ACTIONS.invitationSend, subjectType: 'user', subjectId: userId },
      now,
    );
    return found;
  });
  const locale = isLocale(user.locale) ? user.locale : 'fi';
  const values = {
    name: user.display_name,
    organisation: localize(invitation.organisationName, locale),
    link: `${origin}/${locale}/invitation/${token}`,
    days: INVITATION_VALID_DAYS,
    email: user.email,
  };
  return {
    to: user.email,
    subject: context.translator.t(locale, 'accounts.invitation.mailSubject', values),
    text: context.translator.t(locale, 'accounts.invitation.mailText', values),
  };
}

/**
 * Invites a person to sign in: stores the invitation, then (after the commit)
 * mails the set-password link through the app's mailer. A mail that fails
 * throws after the invitation is saved; sending another invitation is safe.
 */
export async function inviteUser(context: StaffContext, invitation: Invitation): Promise<void> {
  const mail = await createInvitation(context, invitation);
  await context.mailer.send(mail);
}
