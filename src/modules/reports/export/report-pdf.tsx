import { renderToString } from 'preact-render-to-string';
import type { ViewContextValue } from '../../../platform/views/context.ts';
import { ViewContext } from '../../../platform/views/context.ts';
import type { BuiltReport } from '../report/model.ts';
import { ReportBody } from '../views/report-body.tsx';

// Print styles inline: the page is set as content without a server to fetch the stylesheet from.
const PRINT_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 11pt; line-height: 1.5; color: #111; margin: 0; }
h1 { font-size: 20pt; } h2 { font-size: 15pt; break-after: avoid; } h3 { font-size: 12pt; break-after: avoid; }
table { border-collapse: collapse; margin: 0.5em 0 1em; } caption { text-align: left; font-weight: 600; }
th, td { border: 1px solid #888; padding: 2pt 6pt; text-align: left; } td { text-align: right; }
svg.chart { display: none; } blockquote { margin: 0.5em 1.5em; font-style: italic; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

/** The report as a standalone HTML document for print (charts left out: their numbers are in the tables). */
export function reportPrintHtml(view: ViewContextValue, report: BuiltReport, publishedAt: string): string {
  const title = view.t('reports.report.title', { process: view.text(report.data.process.title) });
  const body = renderToString(
    <ViewContext.Provider value={view}>
      <main>
        <ReportBody report={report} publishedAt={publishedAt} />
      </main>
    </ViewContext.Provider>,
  );
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${view.locale}"><head><meta charset="utf-8"><title>${escaped}</title><style>${PRINT_CSS}</style></head><body>${body}</body></html>`;
}
