import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import { type Answers, activeQuestions, type SurveyDefinition } from '../model.ts';
import { answerText } from './answer-text.ts';

/** The receipt: when the response was recorded, its reference, and the answers as stored. */
export function ReceiptPage(props: {
  definition: SurveyDefinition;
  basePath: string;
  responseId: string;
  submittedAt: string;
  answers: Answers;
  canEdit: boolean;
}) {
  const view = useView();
  const title = view.t('surveys.receipt.title');
  const answered = activeQuestions(props.definition).filter((question) => props.answers[question.id]);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <div class="notice notice--success" role="status">
        <p>{view.t('surveys.receipt.thanks', { survey: view.text(props.definition.survey.title) })}</p>
      </div>
      <dl class="summary-list">
        <div>
          <dt>{view.t('surveys.receipt.recordedAt')}</dt>
          <dd>
            <time dateTime={props.submittedAt}>{view.formatDate(props.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}</time>
          </dd>
        </div>
        <div>
          <dt>{view.t('surveys.receipt.reference')}</dt>
          <dd>{props.responseId.slice(0, 8).toUpperCase()}</dd>
        </div>
      </dl>
      <h2>{view.t('surveys.receipt.yourAnswers')}</h2>
      <dl class="summary-list">
        {answered.map((question) => (
          <div key={question.id}>
            <dt>{view.text(question.text)}</dt>
            <dd>{answerText(view, question, props.answers[question.id])}</dd>
          </div>
        ))}
      </dl>
      <ul class="actions">
        {props.canEdit && (
          <li>
            <a class="button button--secondary" href={`${props.basePath}/sections/1`}>
              {view.t('surveys.survey.edit')}
            </a>
          </li>
        )}
        <li>
          <a href={props.basePath}>{view.t('surveys.receipt.back')}</a>
        </li>
      </ul>
    </Layout>
  );
}
