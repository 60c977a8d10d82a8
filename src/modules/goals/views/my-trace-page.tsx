import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { MyTraceEntry } from '../queries/load-my-trace.ts';
import { TraceMailForm } from './trace-mail-form.tsx';

/** "What became of what I said": each of the person's contributions with the themes and goals it reached, and whether they are mailed about it. */
export function MyTracePage(props: { entries: MyTraceEntry[]; traceMail: boolean }) {
  const view = useView();
  const title = view.t('goals.mine.title');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{view.t('goals.mine.intro')}</p>
      {props.entries.length === 0 && <p>{view.t('goals.mine.empty')}</p>}
      {props.entries.map((entry) => (
        <article key={entry.id} aria-labelledby={`contribution-${entry.id}`} class="card">
          <h2 id={`contribution-${entry.id}`}>
            {view.t('goals.mine.contribution')} · {view.t(`contributions.channel.${entry.channel}`)} · {view.formatDate(entry.createdAt)}
          </h2>
          <blockquote>
            <p>{entry.text}</p>
          </blockquote>
          {entry.themes.length === 0 ? (
            <p>{view.t('goals.mine.notYet')}</p>
          ) : (
            <>
              <h3>{view.t('goals.mine.themes')}</h3>
              <ul>
                {entry.themes.map((theme) => (
                  <li key={theme.id}>{view.text(theme.label)}</li>
                ))}
              </ul>
              <h3>{view.t('goals.mine.goals')}</h3>
              {entry.goals.length === 0 ? (
                <p>{view.t('goals.mine.noGoal')}</p>
              ) : (
                <ul>
                  {entry.goals.map((reached) => (
                    <li key={reached.goal.id}>
                      <a href={view.href(`/processes/${reached.processSlug}/goals/${reached.goal.id}/trace`)}>
                        {view.text(reached.goal.title)}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </article>
      ))}
      <TraceMailForm traceMail={props.traceMail} />
    </Layout>
  );
}
