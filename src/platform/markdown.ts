import MarkdownIt from 'markdown-it';

// Raw HTML is off, so any tag in the source is shown as text, never run;
// markdown-it's own link validation refuses javascript:, vbscript: and data: URLs.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:\/\//i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};
/**
 * Renders user Markdown to safe HTML (no raw HTML, safe links). The page's
 * title is its only h1, so the text's own headings are shifted to start at h2
 * (or deeper, under a section heading) whatever level the author began with,
 * keeping their order intact.
 */
export function renderMarkdown(source: string, options: { firstHeadingLevel?: 2 | 3 | 4 } = {}): string {
  const firstLevel = options.firstHeadingLevel ?? 2;
  const environment = {};
  const tokens = markdown.parse(source, environment);
  const levels = tokens.filter((token) => token.type === 'heading_open').map((token) => Number(token.tag.slice(1)));
  const shift = levels.length ? firstLevel - Math.min(...levels) : 0;
  if (shift !== 0) {
    for (const token of tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
      }
    }
  }
  return markdown.renderer.render(tokens, markdown.options, environment);
}
