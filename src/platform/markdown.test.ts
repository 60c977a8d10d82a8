import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown.ts';

describe('Markdown rendering', () => {
  it('shows raw HTML as text, never as markup', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
  });

  it('refuses javascript: links and marks external links noopener', () => {
    assert.doesNotMatch(renderMarkdown('[x](javascript:alert(1))'), /href="javascript/);
    assert.match(renderMarkdown('[x](https://example.org)'), /rel="noopener noreferrer"/);
  });

  it('starts the text’s headings at h2 and keeps their order', () => {
    assert.match(renderMarkdown('# A\n\n## B'), /<h2>A<\/h2>\n<h3>B<\/h3>/);
    assert.match(renderMarkdown('## A\n\n### B'), /<h2>A<\/h2>\n<h3>B<\/h3>/);
    assert.match(renderMarkdown('### A'), /<h2>A<\/h2>/);
    assert.match(renderMarkdown('# A\n\n## B', { firstHeadingLevel: 3 }), /<h3>A<\/h3>\n<h4>B<\/h4>/);
  });
});
