import type { LocalizedText } from '../../platform/i18n/locales.ts';
import { localizedLanguage } from '../../platform/i18n/locales.ts';
import type { ProcessPageSection } from '../../platform/module.ts';
import { useView } from '../../platform/views/context.ts';
import { listPublishedThemeNames } from './queries/list-published-theme-names.ts';

function PublishedThemes(props: { themes: Array<{ label: LocalizedText; contributionCount: number }>; processSlug: string }) {
  const view = useView();
  return (
    <section aria-labelledby="insights-themes-title">
      <h2 id="insights-themes-title">{view.t('insights.section.title')}</h2>
      <ul>
        {props.themes.map((theme, index) => (
          <li key={index}>
            <span lang={localizedLanguage(theme.label, view.locale)}>{view.text(theme.label)}</span>{' '}
            {view.t('insights.section.count', { contributions: theme.contributionCount })}
          </li>
        ))}
      </ul>
      <p>
        <a href={view.href(`/processes/${props.processSlug}/themes`)}>{view.t('insights.section.link')}</a>
      </p>
    </section>
  );
}

/**
 * The process page's results: the published themes' names and counts, linked to the themes page.
 * One query, published or not (publishing and renaming raise the page version).
 */
export const processPageThemes: ProcessPageSection = async (context, organisationId, process) => {
  const themes = await listPublishedThemeNames(context.db, organisationId, process.id);
  if (themes.length === 0) return null;
  return <PublishedThemes themes={themes} processSlug={process.slug} />;
};
