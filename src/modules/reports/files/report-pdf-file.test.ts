import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';

describe('the final report’s PDF: printed once per publishing and language, and a clear answer when the server cannot print', () => {
  let test: TestApp;
  let slug: string;
  const storedPdfs = () =>
    test.context.db.selectFrom('report_files').select(['variant', 'etag']).where('kind', '=', 'pdf').orderBy('variant').execute();

  before(async () => {
    test = await startTestApp({ demo: true });
    slug = test.demo.processSlug!;
    const admin = await test.adminClient();
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/report/publish`)).status, 204);
  });
  after(() => test.close());

  it('the first download prints and stores the PDF; the next ones get the stored bytes, 304 when the client has them', async () => {
    const first = await fetch(`${test.baseUrl}/fi/processes/${slug}/report.pdf`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await first.arrayBuffer());
    const stored = await storedPdfs();
    assert.deepEqual(
      stored.map((row) => row.variant),
      ['fi'],
    );
    assert.equal(first.headers.get('etag'), `"${stored[0]!.etag}"`);
    const again = await fetch(`${test.baseUrl}/fi/processes/${slug}/report.pdf`);
    assert.deepEqual(Buffer.from(await again.arrayBuffer()), bytes, 'not printed again: the same bytes');
    const conditional = await fetch(`${test.baseUrl}/fi/processes/${slug}/report.pdf`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    assert.equal(conditional.status, 304);
    const api = await fetch(`${test.baseUrl}/api/v1/processes/${slug}/report/pdf`, { headers: { 'accept-language': 'fi' } });
    assert.equal(api.status, 200);
    assert.equal(api.headers.get('etag'), first.headers.get('etag'), 'the API serves the same stored PDF');
  });

  it('without a printer (no Chromium, as a production install without playwright-core): 503 with a message, a notice instead of the link', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const api = await fetch(`${test.baseUrl}/api/v1/processes/${slug}/report/pdf`, { headers: { 'accept-language': 'en' } });
      assert.equal(api.status, 503);
      assert.match(api.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = (await api.json()) as { detail?: string; title?: string };
      assert.match(JSON.stringify(problem), /cannot make PDF files/);

      const visitor = test.client({ 'accept-language': 'sv' });
      const download = await visitor.get(`/sv/processes/${slug}/report.pdf`);
      assert.equal(download.status, 503);
      assert.match(download.text, /kan inte skapa PDF-filer/);

      const page = await visitor.get(`/fi/processes/${slug}/report`);
      assert.equal(page.status, 200);
      assert.match(page.text, /PDF-tiedostoa ei voi nyt tehdä tällä palvelimella/);
      assert.doesNotMatch(page.text, /report\.pdf/, 'no link to a download that would fail');

      const stored = await fetch(`${test.baseUrl}/fi/processes/${slug}/report.pdf`);
      assert.equal(stored.status, 200, 'a PDF printed before is still served from its stored bytes');
      assert.deepEqual(
        (await storedPdfs()).map((row) => row.variant),
        ['fi'],
        'nothing stored for a print that failed',
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('the API document declares the 503 (problem+json) the PDF download answers when the server cannot print', async () => {
    type Operation = { responses?: Record<string, { description?: string; content?: Record<string, unknown> }> };
    const document = (await test.client().get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, Operation>> }>();
    const unavailable = document.paths['/api/v1/processes/{slug}/report/pdf']?.get?.responses?.['503'];
    assert.ok(unavailable, 'GET …/report/pdf documents 503');
    assert.ok(unavailable.content?.['application/problem+json']);
    assert.match(unavailable.description ?? '', /print PDF/);
    assert.equal(document.paths['/api/v1/processes/{slug}/open-data']?.get?.responses?.['503'], undefined, 'only where it can happen');
  });
});
