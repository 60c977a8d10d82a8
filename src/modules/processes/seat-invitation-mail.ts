import type { FastifyRequest } from 'fastify';
import { isLocale, type LocalizedText, localize } from '../../platform/i18n/locales.ts';
import type { MailMessage } from '../../platform/mail/mailer.ts';
import type { AppContext } from '../../platform/module.ts';
import type { SeatInvitationToSend } from './commands/seat-person.ts';

/** Where a seat and its body are, for the invitation's words. */
export interface SeatPlace {
  positionTitle: LocalizedText;
  bodyName: LocalizedText;
  processTitle: LocalizedText;
}

/** The origin for links in mail: PUBLIC_URL when set, else the request's own. */
export function mailOrigin(context: AppContext, request: FastifyRequest): string {
  return context.config.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
}

/** The invitation to take a seat, in the invitation's language, with its single-use link. */
export function composeSeatInvitationMail(
  context: Pick<AppContext, 'translator'>,
  invitation: SeatInvitationToSend,
  place: SeatPlace,
  options: { origin: string; organisationName: LocalizedText },
): MailMessage {
  const locale = isLocale(invitation.locale) ? invitation.locale : 'fi';
  const t = (key: string, values?: Record<string, string>) => context.translator.t(locale, key, values);
  const values = {
    position: localize(place.positionTitle, locale),
    body: localize(place.bodyName, locale),
    process: localize(place.processTitle, locale),
    organisation: localize(options.organisationName, locale),
    date: context.translator.formatDate(locale, invitation.expiresAt, { dateStyle: 'long' }),
    url: `${options.origin}/${locale}/seat-invitations/${invitation.token}`,
  };
  return {
    to: invitation.email,
    subject: t('processes.seatInvitation.mail.subject', values),
    text: t('processes.seatInvitation.mail.body', values),
  };
}

/** Mails a seat invitation after the commit; a failure is logged, the seat stays saved. */
export async function sendSeatInvitation(
  context: AppContext,
  request: FastifyRequest,
  invitation: SeatInvitationToSend | null,
  place: SeatPlace,
): Promise<void> {
  if (!invitation) return;
  const message = composeSeatInvitationMail(context, invitation, place, {
    origin: mailOrigin(context, request),
    organisationName: request.organisation.name,
  });
  try {
    await context.mailer.send(message);
  } catch (error) {
    request.log.error({ err: error, memberId: invitation.memberId }, 'processes: seat invitation mail failed');
  }
}
