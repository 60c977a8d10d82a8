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
// Rendered texts by heading level and source. Keyed by the text itself, not by the id and
// update time of what holds it, so an edit can never be served stale (two edits in one
// millisecond, a clock held still in tests); the bounds keep memory flat.
const rendered = new Map<string, string>();
const MAX_ENTRIES = 500;
const MAX_CHARACTERS = 4_000_000;
let characters = 0;

function remember(key: string, html: string): void {
  const size = key.length + html.length;
  if (size > MAX_CHARACTERS / 10) return;
  while (rendered.size >= MAX_ENTRIES || characters + size > MAX_CHARACTERS) {
    const [oldestKey, oldestHtml] = rendered.entries().next().value as [string, string];
    rendered.delete(oldestKey);
    characters -= oldestKey.length + oldestHtml.length;
  }
  rendered.set(key, html);
  characters += size;
}

/**
 * Renders user Markdown to safe HTML (no raw HTML, safe links). The page's
 * title is its only h1, so the text's own headings are shifted to start at h2
 * (or deeper, under a section heading) whatever level the author began with,
 * keeping their order intact. A text is rendered once and then served from memory.
 */
export function renderMarkdown(source: string, options: { firstHeadingLevel?: 2 | 3 | 4 } = {}): string {
  const firstLevel = options.firstHeadingLevel ?? 2;
  const key = `${firstLevel}${source}`;
  const known = rendered.get(key);
  if (known !== undefined) {
    // Most recently used last, so the oldest unused text is dropped first.
    rendered.delete(key);
    rendered.set(key, known);
    return known;
  }
  const html = render(source, firstLevel);
  remember(key, html);
  return html;
}

function render(source: string, firstLevel: number): string {
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
