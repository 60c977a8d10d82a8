import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../../app.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { FLASH_COOKIE } from '../../../platform/views/render.tsx';
import { createOrganisation } from '../../organisations/index.ts';
import { insertProcess } from '../test-fixtures.ts';

const PAGE = '/fi/processes/rauman-tarina';
const OTHER_HOST = 'toinen.example';

describe('the render cache of anonymous process pages', () => {
  let test: TestApp;
  const cache = () => test.app.pageCache;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('serves an anonymous visitor’s repeat visit from the cache, and a change through the API at once', async () => {
    const visitor = test.client();
    const first = await visitor.get(PAGE);
    assert.equal(first.status, 200);
    const hits = cache().hits;
    const again = await test.client().get(PAGE);
    assert.equal(cache().hits, hits + 1);
    assert.equal(again.text, first.text);

    const admin = await test.adminClient();
    const renamed = await admin.api('PATCH', '/api/v1/processes/rauman-tarina', { title: { fi: 'Rauman uusi tarina' } });
    assert.equal(renamed.status, 200);
    const changed = await visitor.get(PAGE);
    assert.match(changed.text, /<h1>Rauman uusi tarina<\/h1>/);

    const post = await admin.api('POST', '/api/v1/processes/rauman-tarina/posts', {
      kind: 'blog',
      slug: 'valimuistin-ohi',
      title: { fi: 'Tuore kirjoitus' },
      body: { fi: 'Teksti' },
      status: 'published',
    });
    assert.equal(post.status, 201);
    assert.match((await visitor.get(PAGE)).text, /Tuore kirjoitus/);
    const postPage = `${PAGE}/news/valimuistin-ohi`;
    assert.match((await visitor.get(postPage)).text, /<h1>Tuore kirjoitus<\/h1>/);
    const postHits = cache().hits;
    await visitor.get(postPage);
    assert.equal(cache().hits, postHits + 1);
    const { id } = post.json<{ id: string }>();
    assert.equal((await admin.api('PATCH', `/api/v1/posts/${id}`, { title: { fi: 'Korjattu otsikko' } })).status, 200);
    assert.match((await visitor.get(postPage)).text, /<h1>Korjattu otsikko<\/h1>/);
  });

  it('never serves a signed-in user a cached page, nor stores theirs for anyone else', async () => {
    await test.client().get(PAGE);
    const admin = await test.adminClient();
    const hits = cache().hits;
    const signedIn = await admin.get(PAGE);
    const signedInAgain = await admin.get(PAGE);
    assert.equal(cache().hits, hits);
    for (const page of [signedIn, signedInAgain]) {
      assert.match(page.text, /action="\/fi\/sign-out"/);
      assert.match(page.text, /name="_csrf"/);
    }
    const anonymous = await test.client().get(PAGE);
    assert.equal(cache().hits, hits + 1);
    assert.doesNotMatch(anonymous.text, /sign-out|name="_csrf"/);
    assert.match(anonymous.text, /href="\/fi\/sign-in"/);
  });

  it('gives each language its own page', async () => {
    const fi = await test.client().get(PAGE);
    const sv = await test.client().get('/sv/processes/rauman-tarina');
    const svAgain = await test.client().get('/sv/processes/rauman-tarina');
    assert.match(fi.text, /<html lang="fi"/);
    assert.match(sv.text, /<html lang="sv"/);
    assert.match(sv.text, /Var står vi nu\?/);
    assert.doesNotMatch(fi.text, /Var står vi nu\?/);
    assert.equal(svAgain.text, sv.text);
  });

  it('never gives one organisation another’s page at the same address', async () => {
    const otherId = await createOrganisation(
      test.context.db,
      { slug: 'toinen', name: { fi: 'Toinen kunta' }, hosts: [OTHER_HOST] },
      new Date(),
    );
    await insertProcess(test.context.db, otherId, { slug: 'rauman-tarina', title: { fi: 'Toisen kunnan tarina' } });
    const ours = await test.client().get(PAGE);
    const theirs = await test.client({ host: OTHER_HOST }).get(PAGE);
    const theirsAgain = await test.client({ host: OTHER_HOST }).get(PAGE);
    const oursAgain = await test.client().get(PAGE);
    assert.match(theirs.text, /<h1>Toisen kunnan tarina<\/h1>/);
    assert.match(theirsAgain.text, /<h1>Toisen kunnan tarina<\/h1>/);
    assert.doesNotMatch(oursAgain.text, /Toisen kunnan tarina/);
    assert.equal(oursAgain.text, ours.text);
  });

  it('renders afresh for a visitor with a message waiting, and never stores that page', async () => {
    await test.client().get(PAGE);
    const withMessage = await test.client().get(PAGE, { cookie: `${FLASH_COOKIE}=processes.admin.flash.processSaved` });
    assert.match(withMessage.text, /class="notice notice--success"/);
    assert.ok(withMessage.headers.getSetCookie().some((cookie) => cookie.startsWith(`${FLASH_COOKIE}=;`)));
    const next = await test.client().get(PAGE);
    assert.doesNotMatch(next.text, /notice--success/);
    assert.equal(next.headers.getSetCookie().length, 0);
  });

  it('keeps a second app process on the same database correct: its cache sees the first one’s changes', async () => {
    const second = await buildApp({
      config: test.context.config,
      database: { db: test.context.db, dialect: test.context.dialect, close: async () => {} },
      mailer: { send: async () => {}, close: () => {} },
      logger: false,
    });
    try {
      const before = await second.app.inject({ method: 'GET', url: PAGE });
      assert.equal(before.statusCode, 200);
      await second.app.inject({ method: 'GET', url: PAGE });
      assert.equal(second.app.pageCache.hits, 1);
      const admin = await test.adminClient();
      const renamed = await admin.api('PATCH', '/api/v1/processes/rauman-tarina', { title: { fi: 'Toisen prosessin näkemä nimi' } });
      assert.equal(renamed.status, 200);
      const afterwards = await second.app.inject({ method: 'GET', url: PAGE });
      assert.match(afterwards.body, /<h1>Toisen prosessin näkemä nimi<\/h1>/);
    } finally {
      await second.app.close();
    }
  });
});
