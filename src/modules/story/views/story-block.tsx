import { renderMarkdown } from '../../../platform/markdown.ts';
import { useView } from '../../../platform/views/context.ts';
import type { Block } from '../model.ts';

/** The text of a block in the page's language, with the language it is really in and why it differs. */
export function blockText(block: Block, locale: string): { text: string; lang: string; mark: 'untranslated' | 'behind' | null } {
  if (locale === 'fi' || !(locale === 'sv' || locale === 'en')) return { text: block.text.fi, lang: 'fi', mark: null };
  const translated = block.text[locale];
  if (!translated) return { text: block.text.fi, lang: 'fi', mark: 'untranslated' };
  return { text: translated, lang: locale, mark: block.translationsBehind.includes(locale) ? 'behind' : null };
}

/** The anchor of a block on the reading page. */
export const blockAnchor = (block: Pick<Block, 'key'>) => `story-${block.key}`;

/** A heading (a section's title) or a paragraph (Markdown), with a mark when its translation lags. */
export function StoryBlock(props: { block: Block; children?: preact.ComponentChildren }) {
  const view = useView();
  const { text, lang, mark } = blockText(props.block, view.locale);
  const note = mark && (
    <p class="story-block__mark">{view.t(mark === 'behind' ? 'story.translation.behind' : 'story.translation.missing')}</p>
  );
  if (props.block.kind === 'heading') {
    return (
      <div class="story-block story-block--heading">
        <h2 id={blockAnchor(props.block)} lang={lang === view.locale ? undefined : lang}>
          {text}
        </h2>
        {note}
      </div>
    );
  }
  return (
    <div class="story-block" id={blockAnchor(props.block)}>
      {note}
      {/* renderMarkdown escapes raw HTML and refuses unsafe links, so its output may be inserted. */}
      <div
        class="story-block__text"
        lang={lang === view.locale ? undefined : lang}
        dangerouslySetInnerHTML={{ __html: renderMarkdown(text, { firstHeadingLevel: 3 }) }}
      />
      {props.children}
    </div>
  );
}
