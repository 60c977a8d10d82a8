import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { storyPdfCaches } from './story-pdf.ts';

describe('the story as a tagged PDF: language, headings, bookmarks; printed once per version and language', () => {
  let test: TestApp;
  let slug: string;
  const download = async (path: string) => {
    const response = await fetch(`${test.baseUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
  };
  const prints = () => storyPdfCaches.get(test.context)?.prints ?? -1;

  before(async () => {
    test = await startTestApp({ demo: true });
    // The demo's 2013 process: version 2 is the approved story, with its sections.
    slug = test.demo.processSlug!;
  });
  after(() => test.close());

  it('the reading page offers the PDF; it is tagged with a structure tree of headings, the language, bookmarks and PDF/UA', async () => {
    const page = await test.client().get(`/fi/processes/${slug}/story`);
    assert.match(page.text, new RegExp(`href="/fi/processes/${slug}/story/versions/2/pdf" download>Lataa PDF-tiedostona<`));
    const pdf = await download(`/fi/processes/${slug}/story/versions/2/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = pdf.body.toString('latin1');
    assert.match(text, /^%PDF-/);
    assert.match(text, /\/StructTreeRoot \d+ 0 R/);
    assert.match(text, /\/MarkInfo <<\/Type \/MarkInfo\s*\/Marked true>>/);
    assert.match(text, /\/S \/H1/);
    assert.match(text, /\/S \/H2/);
    assert.match(text, /\/S \/P\b/);
    assert.match(text, /\/Lang \(fi\)/);
    assert.match(text, /\/Outlines \d+ 0 R/);
    assert.match(text, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(text, /\/DisplayDocTitle true/);
  });

  it('a second download is the same bytes without a second print; another language prints its own', async () => {
    const before = prints();
    const first = await download(`/fi/processes/${slug}/story/versions/2/pdf`);
    const again = await download(`/fi/processes/${slug}/story/versions/2/pdf`);
    assert.equal(prints(), before, 'printed again');
    assert.ok(first.body.equals(again.body));
    const swedish = await download(`/sv/processes/${slug}/story/versions/2/pdf`);
    assert.equal(swedish.status, 200);
    assert.equal(prints(), before + 1);
    assert.match(swedish.body.toString('latin1'), /\/Lang \(sv\)/);
  });

  it('without Chromium: the page says so instead of offering it, and the PDF answers 503 with the reason, never 500', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const page = await test.client().get(`/en/processes/${slug}/story`);
      assert.equal(page.status, 200);
      assert.doesNotMatch(page.text, /\/story\/versions\/2\/pdf"/);
      assert.match(page.text, /The PDF file cannot be downloaded from this server/);
      const refused = await test.client().get(`/fi/processes/${slug}/story/versions/1/pdf`);
      assert.equal(refused.status, 503);
      assert.match(refused.text, /PDF-tiedostoa ei voi tehdä tällä palvelimella/);
      const api = await test
        .client()
        .request('GET', `/fi/processes/${slug}/story/versions/1/pdf`, { headers: { accept: 'application/json' } });
      assert.equal(api.status, 503);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('an unknown or malformed version answers 404', async () => {
    assert.equal((await download(`/fi/processes/${slug}/story/versions/99/pdf`)).status, 404);
    assert.equal((await download(`/fi/processes/${slug}/story/versions/x/pdf`)).status, 404);
  });
});
