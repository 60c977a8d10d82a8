import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { GoalTrace } from '../queries/load-goal-trace.ts';

/** Markdown emphasis is not rendered on the trace: the paragraph is quoted as plain text. */
const plain = (text: string) => text.replace(/\*\*|__/g, '');

/** From voices to a goal: the story paragraph it came from, the themes it draws on with counts and quotes, and the objectives serving it. */
export function GoalTracePage(props: {
  process: { slug: string; title: LocalizedText };
  trace: GoalTrace;
  unitNames: Map<string, string>;
}) {
  const view = useView();
  const { trace } = props;
  const title = view.t('goals.trace.title', { goal: view.text(trace.goal.title) });
  const storyHref = `/processes/${props.process.slug}/story`;
  return (
    <Layout title={title}>
      <p>
        <a href={view.href(`/processes/${props.process.slug}/goals`)}>{view.t('goals.trace.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {view.t('goals.trace.summary', {
          themes: trace.themes.length,
          contributions: trace.contributionCount,
          objectives: trace.objectives.length,
        })}
      </p>
      <h2>{view.t('goals.trace.paragraphTitle')}</h2>
      {trace.paragraph ? (
        <figure>
          <blockquote>
            <p>{plain(view.text(trace.paragraph.text))}</p>
          </blockquote>
          <figcaption>
            <a href={view.href(storyHref)}>{view.t('goals.trace.paragraphSource', { version: trace.paragraph.versionNumber })}</a>
          </figcaption>
        </figure>
      ) : (
        <p>{view.t('goals.trace.noParagraph')}</p>
      )}
      <h2>{view.t('goals.trace.themesTitle')}</h2>
      {trace.themes.length === 0 && <p>{view.t('goals.trace.noThemes')}</p>}
      {trace.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`}>
          <h3 id={`theme-${theme.id}`}>{view.text(theme.label)}</h3>
          {view.text(theme.summary) && <p>{view.text(theme.summary)}</p>}
          <p>{view.t('goals.trace.themeCount', { count: theme.contributionCount })}</p>
          {theme.quotes.length > 0 && (
            <ul class="quotes">
              {theme.quotes.map((quote) => (
                <li key={quote.text}>
                  <blockquote lang={quote.language}>
                    <p>{quote.text}</p>
                  </blockquote>
                  <span class="hint">{view.t(`contributions.channel.${quote.channel}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <h2>{view.t('goals.trace.objectivesTitle')}</h2>
      {trace.objectives.length === 0 ? (
        <p>{view.t('goals.objective.empty')}</p>
      ) : (
        <ul>
          {trace.objectives.map((objective) => (
            <li key={objective.id}>
              {view.text(objective.title)} ({props.unitNames.get(objective.unitId) ?? ''})
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
