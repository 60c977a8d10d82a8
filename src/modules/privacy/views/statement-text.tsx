import { renderMarkdown } from '../../../platform/markdown.ts';
import { useView } from '../../../platform/views/context.ts';

/** The organisation's own text of a statement (Markdown in its language, or another one with its `lang`), or the default. */
export interface StatementText {
  title: string;
  markdown: string;
  /** Set when the text is shown in a language other than the page's. */
  lang?: string | undefined;
  updatedAt: string | null;
}

/** The heading and text of the privacy notice or the accessibility statement. */
export function StatementBody(props: { text: StatementText }) {
  const view = useView();
  return (
    <>
      <h1 lang={props.text.lang}>{props.text.title}</h1>
      {/* The platform's renderer escapes the HTML a text may hold; the text is the organisation's admins'. */}
      <div class="prose" lang={props.text.lang} dangerouslySetInnerHTML={{ __html: renderMarkdown(props.text.markdown) }} />
      {props.text.updatedAt && (
        <p class="meta">
          {view.t('privacy.page.updated')} <time dateTime={props.text.updatedAt}>{view.formatDate(props.text.updatedAt)}</time>
        </p>
      )}
    </>
  );
}
