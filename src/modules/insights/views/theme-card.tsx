import { localizedLanguage } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import type { RunTheme } from '../model.ts';

/** A theme's quotes: masked sentences in people's own words, each naming its channel. */
export function ThemeQuotes(props: { theme: RunTheme }) {
  const view = useView();
  if (props.theme.quotes.length === 0) return null;
  return (
    <ul class="theme-quotes">
      {props.theme.quotes.map((quote) => (
        <li key={`${quote.contributionId}:${quote.sentenceIndex}`}>
          <blockquote lang={quote.language === 'unknown' ? undefined : quote.language}>
            <p>{quote.text}</p>
          </blockquote>
          <p class="field__hint">{view.t(`insights.channel.${quote.channel}`)}</p>
        </li>
      ))}
    </ul>
  );
}

/** A theme's name (the analyst's, else the method's words) as a heading, with its counts. */
export function ThemeHeading(props: { theme: RunTheme; level: 'h2' | 'h3'; id?: string }) {
  const view = useView();
  const { theme } = props;
  const Heading = props.level;
  return (
    <>
      <Heading id={props.id} lang={localizedLanguage(theme.label, view.locale)}>
        {view.text(theme.label)}
      </Heading>
      <p>{view.t('insights.theme.counts', { sentences: theme.sentenceCount, contributions: theme.contributionCount })}</p>
    </>
  );
}
