import { isLocale, type LocalizedText, localize } from '../../../platform/i18n/locales.ts';
import { composeInvitationMail } from '../compose-mail.ts';
import type { Event } from '../queries/find-event.ts';
import type { NewInvitation } from './invite-to-event.ts';
import type { LogError, MailContext } from './notify-registrants.ts';

/** Mails each new invitation its personal link; answers how many went out (failures are logged). */
export async function sendInvitations(
  context: MailContext,
  event: Event,
  invitations: NewInvitation[],
  options: { locale: string; siteOrigin: string; organisation: { name: LocalizedText; timeZone: string } },
  log: LogError,
): Promise<number> {
  const locale = isLocale(options.locale) ? options.locale : 'fi';
  let sent = 0;
  for (const invitation of invitations) {
    const message = composeInvitationMail(context.translator, {
      to: invitation.email,
      name: invitation.email,
      locale,
      event,
      eventUrl: `${options.siteOrigin}/${locale}/events/${event.id}`,
      manageUrl: null,
      invitationUrl: `${options.siteOrigin}/${locale}/events/${event.id}/invitations/${invitation.token}`,
      timeZone: options.organisation.timeZone,
      organisationName: localize(options.organisation.name, locale),
    });
    try {
      await context.mailer.send(message);
      sent += 1;
    } catch (error) {
      log(error, `events: invitation mail for ${invitation.id} failed`);
    }
  }
  return sent;
}
