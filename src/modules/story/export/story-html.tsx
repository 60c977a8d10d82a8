import { renderToString } from 'preact-render-to-string';
import { ViewContext, type ViewContextValue } from '../../../platform/views/context.ts';
import type { Process } from '../../processes/index.ts';
import type { Block, Version } from '../model.ts';
import { DecisionView, type NamedDecision } from '../views/decision-view.tsx';
import { StoryDocument, TableOfContents } from '../views/story-document.tsx';

// Styles inline: the file is read offline, with no server to fetch a stylesheet from; print-friendly as it is.
const DOCUMENT_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.05rem; line-height: 1.6; color: #111; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; line-height: 1.2; } h2 { font-size: 1.4rem; margin-top: 2rem; break-after: avoid; }
a { color: #0b4f9c; } a:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
.story-toc ol { padding-left: 1.5rem; } .story-block__behind { font-size: 0.9rem; color: #555; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A version of the story as one accessible HTML file to download: the document's language, a title,
 * the version and its approval, a table of contents and the text with its headings (a `main` landmark);
 * no script, styles inline, readable offline and printable.
 */
export function storyHtml(
  view: ViewContextValue,
  story: { process: Process; version: Version; blocks: Block[]; decision?: NamedDecision | undefined },
): string {
  const title = view.t('story.page.title', { process: view.text(story.process.title) });
  const body = renderToString(
    <ViewContext.Provider value={view}>
      <main>
        <h1>{title}</h1>
        <p>
          {view.t('story.page.versionLine', {
            number: story.version.number,
            date: view.formatDate(story.version.createdAt, { dateStyle: 'long' }),
          })}
        </p>
        {story.decision && <DecisionView {...story.decision} />}
        <TableOfContents blocks={story.blocks} />
        <StoryDocument blocks={story.blocks} />
      </main>
    </ViewContext.Provider>,
  );
  return `<!doctype html><html lang="${view.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${DOCUMENT_CSS}</style></head><body>${body}</body></html>`;
}
