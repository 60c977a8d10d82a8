import { BackToProcess } from '../../../platform/hub/back-to-process.tsx';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { SurveyDefinition } from '../model.ts';
import type { OwnResponse } from '../queries/find-own-response.ts';

/** Where the respondent stands with a survey, as the survey's front page tells it. */
export type AnswerState = 'open' | 'notYetOpen' | 'closed' | 'signInRequired' | 'notInAudience';

/** The survey's front page: what it asks, until when, how answers are kept, and the way in. */
export function SurveyPage(props: {
  definition: SurveyDefinition;
  basePath: string;
  state: AnswerState;
  own: OwnResponse | undefined;
  signedIn: boolean;
  resultsHref: string | null;
  /** The survey's process, linked back to. */
  process?: { slug: string; title: LocalizedText };
}) {
  const view = useView();
  const { survey } = props.definition;
  const title = view.text(survey.title);
  const submitted = props.own?.status === 'submitted';
  return (
    <Layout title={title}>
      {props.process && <BackToProcess process={props.process} />}
      <h1>{title}</h1>
      {view.text(survey.description) && <p class="lead">{view.text(survey.description)}</p>}
      <ul class="meta">
        {survey.closesAt && (
          <li>
            {view.t('surveys.survey.closesAt', { date: view.formatDate(survey.closesAt, { dateStyle: 'long', timeStyle: 'short' }) })}
          </li>
        )}
        <li>{view.t(survey.anonymous ? 'surveys.survey.anonymousNote' : 'surveys.survey.identifiedNote')}</li>
        <li>{view.t('surveys.survey.sectionCount', { count: props.definition.sections.length })}</li>
      </ul>
      {props.state === 'notYetOpen' && survey.opensAt && (
        <p class="notice notice--info">
          {view.t('surveys.survey.notYetOpen', { date: view.formatDate(survey.opensAt, { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
      )}
      {props.state === 'closed' && <p class="notice notice--info">{view.t('surveys.survey.closed')}</p>}
      {props.state === 'notInAudience' && <p class="notice notice--info">{view.t('surveys.survey.notInAudience')}</p>}
      {props.state === 'signInRequired' && (
        <p>
          <a class="button" href={view.href(`/sign-in?next=${encodeURIComponent(view.url)}`)}>
            {view.t('surveys.survey.signInToAnswer')}
          </a>
        </p>
      )}
      {submitted && props.own?.submittedAt && (
        <p class="notice notice--success">
          {view.t('surveys.survey.answered', { date: view.formatDate(props.own.submittedAt, { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
      )}
      <ul class="actions">
        {props.state === 'open' && !submitted && (
          <li>
            <a class="button" href={`${props.basePath}/sections/1`}>
              {view.t(props.own ? 'surveys.survey.continue' : 'surveys.survey.start')}
            </a>
          </li>
        )}
        {props.state === 'open' && submitted && props.signedIn && (
          <li>
            <a class="button" href={`${props.basePath}/sections/1`}>
              {view.t('surveys.survey.edit')}
            </a>
          </li>
        )}
        {submitted && (
          <li>
            <a href={`${props.basePath}/receipt`}>{view.t('surveys.survey.receiptLink')}</a>
          </li>
        )}
        {props.resultsHref && (
          <li>
            <a href={props.resultsHref}>{view.t('surveys.survey.resultsLink')}</a>
          </li>
        )}
      </ul>
    </Layout>
  );
}
