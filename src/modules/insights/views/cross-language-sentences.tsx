import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { useView } from '../../../platform/views/context.ts';
import type { CrossLanguageSentence } from '../queries/list-cross-language-sentences.ts';

/**
 * The sentences a codebook run put into a theme through another language (the codebook had few or
 * none in theirs): named apart, since the match is by shared concepts, names and word beginnings,
 * weaker than a match in the same language. Each with the theme it is in now.
 */
export function CrossLanguageSentences(props: {
  count: number;
  sentences: CrossLanguageSentence[];
  themes: ReadonlyArray<{ id: string; label: LocalizedText }>;
}) {
  const view = useView();
  const name = (id: string | null) => {
    const theme = props.themes.find((item) => item.id === id);
    return theme ? view.text(theme.label) : view.t('insights.crossLanguage.noTheme');
  };
  return (
    <section aria-labelledby="cross-language-title">
      <h2 id="cross-language-title">{view.t('insights.crossLanguage.title', { count: props.count })}</h2>
      <p>{view.t('insights.crossLanguage.hint')}</p>
      {props.count > props.sentences.length && (
        <p>{view.t('insights.run.unassignedMore', { shown: props.sentences.length, count: props.count })}</p>
      )}
      <ul>
        {props.sentences.map((sentence) => (
          <li key={`${sentence.contributionId}:${sentence.sentenceIndex}`}>
            <span lang={sentence.language === 'unknown' ? undefined : sentence.language}>{sentence.text}</span>{' '}
            {view.t('insights.crossLanguage.inTheme', { theme: name(sentence.themeId) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
