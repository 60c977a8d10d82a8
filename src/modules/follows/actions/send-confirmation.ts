import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { Process } from '../../processes/index.ts';
import type { ConfirmationToSend } from '../commands/request-follow.ts';

/** Mails the confirmation link, in the background; a failure is logged by no one but leaves the follow unconfirmed. */
export function sendConfirmation(context: AppContext, origin: string, process: Process, confirmation: ConfirmationToSend): void {
  const { locale, token } = confirmation;
  const title = localize(process.title, locale);
  const link = `${origin}/${locale}/follows/confirm/${token}`;
  const text = [
    context.translator.t(locale, 'follows.confirmMail.body', { process: title }),
    '',
    link,
    '',
    context.translator.t(locale, 'follows.confirmMail.ignore'),
  ].join('\n');
  context.mailer
    .send({ to: confirmation.email, subject: context.translator.t(locale, 'follows.confirmMail.subject', { process: title }), text })
    .catch(() => {
      // The person may ask again; nothing about the address goes to the log.
    });
}
