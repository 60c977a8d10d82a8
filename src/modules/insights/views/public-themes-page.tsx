import { BackToProcess } from '../../../platform/hub/back-to-process.tsx';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { localizedLanguage } from '../../../platform/i18n/locales.ts';
import { Layout } from '../../../platform/views/components/layout.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { RunTheme, ThemeRun } from '../model.ts';
import { ThemeHeading, ThemeQuotes } from './theme-card.tsx';
import { CounterpartsLine } from './theme-counterparts.tsx';

/** The published themes of a process: each with its counts, summary and quotes, the method in plain words, and the data. */
export function PublicThemesPage(props: {
  process: { slug: string; title: LocalizedText };
  published: { run: ThemeRun; themes: RunTheme[]; publishedAt: string } | null;
}) {
  const view = useView();
  const title = view.t('insights.public.title', { process: view.text(props.process.title) });
  const published = props.published;
  return (
    <Layout title={title}>
      <BackToProcess process={props.process} />
      <h1>{title}</h1>
      {!published ? (
        <p>{view.t('insights.public.none')}</p>
      ) : (
        <>
          <p>
            {view.t('insights.public.summary', {
              themes: published.themes.length,
              contributions: published.run.contributionCount ?? 0,
              date: view.formatDate(published.publishedAt),
            })}
          </p>
          {published.themes.map((theme) => (
            <section key={theme.id} class="theme" aria-labelledby={`theme-${theme.id}`}>
              <ThemeHeading theme={theme} level="h2" id={`theme-${theme.id}`} />
              {view.text(theme.summary) && <p lang={localizedLanguage(theme.summary, view.locale)}>{view.text(theme.summary)}</p>}
              <ThemeQuotes theme={theme} />
              <CounterpartsLine counterpartIds={theme.counterpartIds} themes={published.themes} hrefOf={(id) => `#theme-${id}`} />
            </section>
          ))}
          <h2>{view.t('insights.public.methodTitle')}</h2>
          <p>{view.t('insights.public.method')}</p>
          <p>{view.t('insights.public.masking')}</p>
          <p>
            {view.t('insights.public.data')} <a href={`/api/v1/processes/${props.process.slug}/themes`}>JSON</a> ·{' '}
            <a href={`/api/v1/processes/${props.process.slug}/themes.csv`}>CSV</a>
          </p>
        </>
      )}
    </Layout>
  );
}
