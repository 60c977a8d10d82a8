import type { ViewContextValue } from '../../../platform/views/context.ts';
import { type Answer, OTHER_CHOICE, type Question } from '../model.ts';

/** An answer as readable text in the page's language (receipts and e-mails). */
export function answerText(view: Pick<ViewContextValue, 'text' | 't'>, question: Question, answer: Answer | undefined): string {
  if (!answer) return '–';
  const label = (choiceId: string) =>
    choiceId === OTHER_CHOICE
      ? `${view.t('surveys.answer.other')}: ${answer.other ?? ''}`
      : view.text(question.choices.find((choice) => choice.id === choiceId)?.label);
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return (answer.choiceIds ?? []).map(label).join('; ') || '–';
    case 'ranking':
      return (answer.ranking ?? []).map((choiceId, index) => `${index + 1}. ${label(choiceId)}`).join('; ') || '–';
    case 'scale':
    case 'number':
      return answer.number === undefined ? '–' : String(answer.number);
    case 'date':
      return answer.date || '–';
    default:
      return answer.text || '–';
  }
}
