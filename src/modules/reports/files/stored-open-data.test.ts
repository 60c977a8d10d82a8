import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createUser } from '../../accounts/index.ts';
import { recordContributions } from '../../contributions/index.ts';
import { findProcessBySlug } from '../../processes/index.ts';

const EMAIL = 'avoin.poistuja.k4@example.fi';
const NAME = 'Avoin Poistuja K4';
const PASSWORD = 'avoimen-poistujan-salasana';

/** Every entry of a zip as one text, to search for what must not be there. */
async function zipText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')));
  return texts.join('\n');
}

describe('open data: built when the report is published, stored, served with ETag and Last-Modified', () => {
  let test: TestApp;
  let slug: string;
  let processId: string;
  let organisationId: string;
  const url = () => `/api/v1/processes/${slug}/open-data`;
  const stored = () =>
    test.context.db
      .selectFrom('report_files')
      .select(['etag', 'stale', 'version', 'built_at'])
      .where('process_id', '=', processId)
      .where('kind', '=', 'open-data')
      .execute();
  const contribute = (sourceId: string, text: string, authorUserId: string | null) =>
    recordContributions(
      test.context.db,
      [
        {
          organisationId,
          processId,
          channel: 'survey',
          sourceType: 'stored_open_data_test',
          sourceId,
          authorUserId,
          participantKey: authorUserId ? null : `key-${sourceId}`,
          language: 'fi',
          text,
        },
      ],
      test.context.clock.now(),
    );

  before(async () => {
    test = await startTestApp({ demo: true });
    slug = test.demo.processSlug!;
    organisationId = test.demo.organisationId!;
    processId = (await findProcessBySlug(test.context.db, organisationId, slug))!.id;
  });
  after(() => test.close());

  it('publishing stores the package; the link serves those bytes with a strong ETag, and 304 to a client that has them', async () => {
    const admin = await test.adminClient();
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/report/publish`)).status, 204);
    const rows = await stored();
    assert.equal(rows.length, 1, 'built when published, before anyone asks');
    const first = await fetch(`${test.baseUrl}${url()}`);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('etag'), `"${rows[0]!.etag}"`);
    assert.equal(first.headers.get('last-modified'), new Date(rows[0]!.built_at).toUTCString());
    const bytes = Buffer.from(await first.arrayBuffer());
    const again = await fetch(`${test.baseUrl}${url()}`);
    assert.deepEqual(Buffer.from(await again.arrayBuffer()), bytes, 'the same stored bytes');
    const conditional = await fetch(`${test.baseUrl}${url()}`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(conditional.status, 304);
    const since = await fetch(`${test.baseUrl}${url()}`, { headers: { 'if-modified-since': first.headers.get('last-modified')! } });
    assert.equal(since.status, 304);
    const other = await fetch(`${test.baseUrl}${url()}`, { headers: { 'if-none-match': '"something-else"' } });
    assert.equal(other.status, 200);
  });

  it('a contribution given after publishing is in the package only when the report is published again', async () => {
    const before = (await stored())[0]!;
    await contribute('later', 'Myöhemmin annettu ajatus uimahallista.', null);
    const unchanged = await fetch(`${test.baseUrl}${url()}`);
    assert.equal(unchanged.headers.get('etag'), `"${before.etag}"`);
    assert.doesNotMatch(await zipText(Buffer.from(await unchanged.arrayBuffer())), /uimahallista/);
    const admin = await test.adminClient();
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/report/publish`)).status, 204);
    const rebuilt = await fetch(`${test.baseUrl}${url()}`);
    assert.notEqual(rebuilt.headers.get('etag'), `"${before.etag}"`);
    assert.match(await zipText(Buffer.from(await rebuilt.arrayBuffer())), /Myöhemmin annettu ajatus uimahallista\./);
    assert.equal((await stored()).length, 1, 'one stored package per process');
  });

  it('an erased person is in no stored package: erasure marks the packages stale, the next one holds no trace of them', async () => {
    const userId = await createUser(
      test.context.db,
      organisationId,
      { email: EMAIL, displayName: NAME, password: PASSWORD, locale: 'fi' },
      test.context.clock.now(),
    );
    await contribute('erased', `Minulle voi kirjoittaa ${EMAIL}, ajatus kirjastosta.`, userId);
    const admin = await test.adminClient();
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/report/publish`)).status, 204);
    const published = (await stored())[0]!;
    const person = test.client({ 'accept-language': 'fi' });
    await person.signIn(EMAIL, PASSWORD);
    assert.equal((await person.postForm('/fi/account/delete', { password: PASSWORD })).status, 303);
    assert.equal((await stored())[0]!.stale, 1, 'erasure marks the stored package to be built again');
    const after = await fetch(`${test.baseUrl}${url()}`);
    assert.equal(after.status, 200);
    const row = (await stored())[0]!;
    assert.equal(row.stale, 0);
    assert.notEqual(row.built_at, published.built_at, 'built again after the erasure');
    const text = await zipText(Buffer.from(await after.arrayBuffer()));
    assert.match(text, /Minulle voi kirjoittaa \[email\], ajatus kirjastosta\./, 'the text stays, anonymous and masked');
    for (const trace of [EMAIL, NAME, userId, 'avoin.poistuja']) assert.ok(!text.includes(trace), `no ${trace} in the package`);
  });
});
