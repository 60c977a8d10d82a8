import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Survey } from '../model.ts';

/** The surveys of a process, with whether each is open, and links to answer or to read the results. */
export function ProcessSurveysPage(props: {
  processTitle: LocalizedText;
  basePath: string;
  surveys: Array<{ survey: Survey; open: boolean }>;
}) {
  const view = useView();
  const title = view.t('surveys.list.title', { process: view.text(props.processTitle) });
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {props.surveys.length === 0 && <p>{view.t('surveys.list.none')}</p>}
      <ul class="news-list">
        {props.surveys.map(({ survey, open }) => (
          <li key={survey.id}>
            <h2>
              <a href={`${props.basePath}/${survey.id}`}>{view.text(survey.title)}</a>
            </h2>
            <p class="meta">
              <span class="tag">{view.t(open ? 'surveys.list.open' : 'surveys.list.closed')}</span>
            </p>
            {view.text(survey.description) && <p>{view.text(survey.description)}</p>}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
