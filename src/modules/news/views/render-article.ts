import { renderMarkdown } from '../../../platform/markdown.ts';

const HEADING = /<(\/?)h([2-6])>/g;

/**
 * Renders a post's or page's Markdown under the page's h1. renderMarkdown
 * moves every heading down one level, so text written with "##" sections
 * (as the demo's is) would jump from h1 to h3; here the topmost heading
 * present becomes h2 and the rest keep their distance from it. The regular
 * expression only meets real headings: markdown-it escapes any HTML in the source.
 */
export function renderArticleMarkdown(source: string): string {
  const html = renderMarkdown(source);
  const levels = [...html.matchAll(HEADING)].map((match) => Number(match[2]));
  if (levels.length === 0) return html;
  const shift = Math.min(...levels) - 2;
  if (shift === 0) return html;
  return html.replace(HEADING, (_match, slash: string, level: string) => `<${slash}h${Number(level) - shift}>`);
}
