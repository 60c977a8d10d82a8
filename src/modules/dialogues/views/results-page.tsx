import { localize } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Round } from '../model.ts';
import { questionsOf } from '../presenters.ts';
import type { RoundResults } from '../queries/load-results.ts';
import { COMMITMENT_STATUS_KEYS } from './labels.ts';

/**
 * A round's published results: the counts over every held dialogue, then each published record
 * (public, five or more participants) with its answers and commitments. No one is named.
 */
export function ResultsPage(props: { round: Round; results: RoundResults }) {
  const view = useView();
  const { round, results } = props;
  const title = view.t('dialogues.results.title', { round: localize(round.title, view.locale) });
  const questions = questionsOf(round);
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>
        {view.t('dialogues.results.summary', { held: results.held, total: results.communities, commitments: results.commitments })}
        {results.participants !== null && <> {view.t('dialogues.results.participants', { participants: results.participants })}</>}
      </p>
      <p>{view.t('dialogues.results.rule')}</p>
      <h2>{view.t('dialogues.results.published')}</h2>
      {results.published.length === 0 && <p>{view.t('dialogues.results.nonePublished')}</p>}
      {results.published.map(({ community, record, commitments }) => (
        <section key={record.id} aria-labelledby={`record-${record.id}`}>
          <h3 id={`record-${record.id}`}>{localize(community.name, view.locale)}</h3>
          <p>
            {view.t('dialogues.results.recordFacts', {
              participants: record.participants ?? 0,
              date: record.heldOn ? view.formatDate(record.heldOn) : '–',
            })}
          </p>
          <dl>
            {questions.map((question, index) => (
              <div key={question.fi}>
                <dt>{localize(question, view.locale)}</dt>
                <dd>{record.answers[index] || '–'}</dd>
              </div>
            ))}
          </dl>
          {commitments.length > 0 && (
            <>
              <h4>{view.t('dialogues.record.commitments')}</h4>
              <ul>
                {commitments.map((commitment) => (
                  <li key={commitment.id}>
                    {view.t('dialogues.record.commitmentLine', {
                      what: commitment.what,
                      who: commitment.whoRole || '–',
                      due: commitment.dueOn ? view.formatDate(commitment.dueOn) : '–',
                    })}{' '}
                    ({view.t(COMMITMENT_STATUS_KEYS[commitment.status])})
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </Layout>
  );
}
