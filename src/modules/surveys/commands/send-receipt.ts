import { type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { type Answers, activeQuestions, type SurveyDefinition } from '../model.ts';
import { answerText } from '../views/answer-text.ts';

/**
 * E-mails a receipt of a submitted response to the address the respondent
 * gave. The address is not stored. A mail failure never undoes the response:
 * it is logged and the receipt page still shows.
 */
export async function sendReceipt(
  context: Pick<AppContext, 'mailer' | 'translator'>,
  input: { to: string; locale: Locale; definition: SurveyDefinition; responseId: string; submittedAt: string; answers: Answers },
  log: (error: unknown) => void,
): Promise<boolean> {
  const { locale, definition } = input;
  const view = {
    t: (key: string, values?: Record<string, string | number>) => context.translator.t(locale, key, values),
    text: (value: Parameters<typeof localize>[0]) => localize(value, locale),
  };
  const lines = activeQuestions(definition)
    .filter((question) => input.answers[question.id])
    .map((question) => `${view.text(question.text)}\n  ${answerText(view, question, input.answers[question.id])}`);
  const text = [
    view.t('surveys.receipt.thanks', { survey: view.text(definition.survey.title) }),
    '',
    `${view.t('surveys.receipt.recordedAt')}: ${context.translator.formatDate(locale, input.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}`,
    `${view.t('surveys.receipt.reference')}: ${input.responseId.slice(0, 8).toUpperCase()}`,
    '',
    view.t('surveys.receipt.yourAnswers'),
    '',
    ...lines,
  ].join('\n');
  try {
    await context.mailer.send({
      to: input.to,
      subject: view.t('surveys.receipt.mailSubject', { survey: view.text(definition.survey.title) }),
      text,
    });
    return true;
  } catch (error) {
    log(error);
    return false;
  }
}
