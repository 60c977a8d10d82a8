import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { StoredFeedback } from '../commands/create-feedback.ts';
import { findFeedbackContact } from '../queries/list-feedback.ts';

/** The organisation as the mails name it, and where its admins read the feedback. */
export interface FeedbackMailPlace {
  organisationId: string;
  organisationName: Parameters<typeof localize>[0];
  origin: string;
  timeZone: string;
}

/**
 * Tells the organisation's contact of a new feedback (in the organisation's first language,
 * fi unless the feedback's own) with the due date and a link to the admin list, and confirms
 * to the sender that it came and by when it will be answered. A mail that fails is logged;
 * the feedback stays stored and listed.
 */
export async function sendFeedbackMails(
  context: AppContext,
  place: FeedbackMailPlace,
  feedback: StoredFeedback,
  log: (error: unknown, message: string) => void,
): Promise<void> {
  const locale = feedback.locale as Locale;
  const t = (key: string, values?: Record<string, string>) => context.translator.t(locale, key, values);
  const organisation = localize(place.organisationName, locale);
  const due = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: place.timeZone }).format(new Date(feedback.dueAt));
  const contact = await findFeedbackContact(context.db, place.organisationId);
  if (contact) {
    const text = [
      t('privacy.mail.contact.body', { organisation, due }),
      '',
      `${t('privacy.field.name')}: ${feedback.name || '–'}`,
      `${t('privacy.field.email')}: ${feedback.email}`,
      `${t('privacy.field.page')}: ${feedback.page || '–'}`,
      '',
      feedback.message,
      '',
      `${place.origin}/${locale}/admin/accessibility-feedback`,
    ].join('\n');
    await context.mailer
      .send({ to: contact, headers: { 'Reply-To': feedback.email }, subject: t('privacy.mail.contact.subject', { due }), text })
      .catch((error: unknown) => log(error, 'privacy: the feedback could not be mailed to the contact'));
  }
  const confirmation = [t('privacy.mail.confirmation.body', { organisation, due }), '', feedback.message].join('\n');
  await context.mailer
    .send({ to: feedback.email, subject: t('privacy.mail.confirmation.subject', { organisation }), text: confirmation })
    .catch((error: unknown) => log(error, 'privacy: the confirmation of a feedback could not be sent'));
}
