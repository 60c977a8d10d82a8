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
// Headings inside user text start at level 2: the page's title is the only h1.
markdown.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token) token.tag = `h${Math.min(6, Math.max(2, Number(token.tag.slice(1)) + 1))}`;
  return self.renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_close = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token) token.tag = `h${Math.min(6, Math.max(2, Number(token.tag.slice(1)) + 1))}`;
  return self.renderToken(tokens, index, options);
};

/** Renders user Markdown to safe HTML (no raw HTML, safe links, headings from h2). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
