import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Question } from '../model.ts';
import type { TextAnswer } from '../queries/list-text-answers.ts';

/** All free-text answers of one question, a page at a time. */
export function TextAnswersPage(props: {
  question: Question;
  surveyTitle: LocalizedText;
  items: TextAnswer[];
  total: number;
  page: number;
  pageCount: number;
  /** The neighbouring pages by cursor (null where there is none): the same cost on every page. */
  previousHref: string | null;
  nextHref: string | null;
  backHref: string;
}) {
  const view = useView();
  const title = view.text(props.question.text);
  return (
    <Layout title={`${title} – ${view.text(props.surveyTitle)}`}>
      <h1>{title}</h1>
      <p class="lead">{view.t('surveys.results.textPage', { count: props.total, page: props.page, pageCount: props.pageCount })}</p>
      <ul class="stack">
        {props.items.map((item) => (
          <li key={item.responseId}>
            <blockquote>{item.text}</blockquote>
          </li>
        ))}
      </ul>
      <nav class="pagination" aria-label={view.t('surveys.results.pages')}>
        <ul>
          {props.previousHref && (
            <li>
              <a href={props.previousHref} rel="prev">
                {view.t('surveys.results.previousPage')}
              </a>
            </li>
          )}
          {props.nextHref && (
            <li>
              <a href={props.nextHref} rel="next">
                {view.t('surveys.results.nextPage')}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <p>
        <a href={props.backHref}>{view.t('surveys.results.back')}</a>
      </p>
    </Layout>
  );
}
