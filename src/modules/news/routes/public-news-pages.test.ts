import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { adminActor, insertForeignOrganisation, insertPost, insertProcess, postInput } from '../test-support/fixtures.ts';

const NEWS = '/processes/rauman-tarina/news';

/** The slugs of the posts a news list links to, in page order. */
function listedSlugs(html: string): string[] {
  return [...html.matchAll(/<h2><a href="[^"]*\/news\/([a-z0-9-]+)"/g)].map((match) => match[1] ?? '');
}

describe('public news pages', () => {
  let test: TestApp;
  let organisationId: string;
  let processId: string;
  let foreign: Awaited<ReturnType<typeof insertForeignOrganisation>>;
  const create = (input: Parameters<typeof postInput>[0]) => insertPost(test.context.db, adminActor(organisationId), postInput(input));

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId!;
    processId = test.demo.processId!;
    foreign = await insertForeignOrganisation(test.context.db);
  });
  after(() => test.close());

  it('lists the process’s published posts newest first, with kind labels, in Finnish', async () => {
    const response = await test.client().get(`/fi${NEWS}`);
    assert.equal(response.status, 200);
    assert.match(response.text, /<html lang="fi"/);
    assert.match(response.text, /<h1>Uutiset – Rauman Tarina<\/h1>/);
    assert.deepEqual(listedSlugs(response.text), [
      'valtuusto-hyvaksyi-rauman-tarinan',
      'rauma-paivana-kuultiin-kaupunkilaisia',
      'henkilosto-tarttui-tarinaan',
      'raumaviisaat-antoivat-alkusysayksen',
      'rauman-tarina-alkaa',
    ]);
    assert.match(response.text, /<span class="tag">Mediatiedote<\/span>/);
    assert.match(response.text, /<span class="tag">Blogi<\/span>/);
    assert.match(response.text, /type="application\/atom\+xml"[^>]*href="\/fi\/processes\/rauman-tarina\/feed.atom"/);
  });

  it('shows the list in Swedish with Swedish titles and labels', async () => {
    const response = await test.client().get(`/sv${NEWS}`);
    assert.equal(response.status, 200);
    assert.match(response.text, /<html lang="sv"/);
    assert.match(response.text, /Nyheter – Raumos berättelse/);
    assert.match(response.text, /Raumos berättelse börjar – hela staden med/);
    assert.match(response.text, /Pressmeddelande/);
  });

  it('shows a media release with its date, phase and Markdown body', async () => {
    const response = await test.client().get(`/fi${NEWS}/rauman-tarina-alkaa`);
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>Rauman Tarina alkaa – koko kaupunki mukaan<\/h1>/);
    assert.match(response.text, /<span class="tag">Mediatiedote<\/span>/);
    assert.match(response.text, /<time datetime="2013-03-04T07:00:00.000Z">4\. maaliskuuta 2013<\/time>/);
    assert.match(response.text, /Vaihe: Käynnistys/);
    assert.match(response.text, /<div class="prose"><p>Rauman kaupunki käynnistää/);
    assert.match(response.text, /<strong>Lisätietoja:<\/strong>/);
    assert.match(response.text, /<li>Kaupungin henkilöstö osallistuu/);
  });

  it('shows a blog post in Swedish', async () => {
    const response = await test.client().get(`/sv${NEWS}/raumaviisaat-antoivat-alkusysayksen`);
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>RAUMAVIISAAT gav berättelsen dess första puff<\/h1>/);
    assert.match(response.text, /<span class="tag">Blogg<\/span>/);
    assert.match(response.text, /Fas: Rösterna hörs/);
  });

  it('marks text shown in the Finnish fallback with lang="fi"', async () => {
    await create({ slug: 'vain-suomeksi', processId, title: { fi: 'Vain suomeksi' }, body: { fi: 'Suomenkielinen teksti.' } });
    const response = await test.client().get(`/sv${NEWS}/vain-suomeksi`);
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1 lang="fi">Vain suomeksi<\/h1>/);
    assert.match(response.text, /<div class="prose" lang="fi">/);
  });

  it('embeds a YouTube no-cookie video in a titled iframe', async () => {
    await create({ slug: 'videouutinen', processId, videoUrl: 'https://www.youtube-nocookie.com/embed/abcDEF12345' });
    const response = await test.client().get(`/fi${NEWS}/videouutinen`);
    assert.match(
      response.text,
      /<div class="video-embed"><iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/abcDEF12345" title="Video: Otsikko videouutinen"/,
    );
  });

  it('escapes hostile HTML in titles and Markdown, and drops javascript: links', async () => {
    await create({
      slug: 'vihamielinen',
      processId,
      title: { fi: '<script>alert("otsikko")</script>' },
      summary: { fi: '<img src=x onerror=alert(1)>' },
      body: { fi: '<script>alert("teksti")</script>\n\n[klikkaa](javascript:alert(1))' },
    });
    const post = await test.client().get(`/fi${NEWS}/vihamielinen`);
    const list = await test.client().get(`/fi${NEWS}`);
    for (const html of [post.text, list.text]) {
      assert.doesNotMatch(html, /<script>alert/);
      assert.doesNotMatch(html, /<img src=x/);
      assert.match(html, /&lt;script(&gt;|>)alert\(/);
    }
    assert.doesNotMatch(post.text, /href="javascript:/i);
  });

  it('hides drafts from visitors (404) but shows them to managers with a notice', async () => {
    await create({ slug: 'luonnos-uutinen', processId, status: 'draft', title: { fi: 'Salainen luonnos' } });
    const visitor = await test.client().get(`/fi${NEWS}/luonnos-uutinen`);
    assert.equal(visitor.status, 404);
    assert.doesNotMatch((await test.client().get(`/fi${NEWS}`)).text, /Salainen luonnos/);
    assert.doesNotMatch((await test.client().get('/fi/news')).text, /Salainen luonnos/);
    const admin = await (await test.adminClient()).get(`/fi${NEWS}/luonnos-uutinen`);
    assert.equal(admin.status, 200);
    assert.match(admin.text, /Tämä uutinen on luonnos/);
  });

  it('hides every post of a process the visitor may not see (404)', async () => {
    const hiddenId = await insertProcess(test.context.db, organisationId, { slug: 'piilotettu', visibility: 'draft' });
    await create({ slug: 'piilotetun-uutinen', processId: hiddenId, title: { fi: 'Piilotetun prosessin uutinen' } });
    const visitor = test.client();
    assert.equal((await visitor.get('/fi/processes/piilotettu/news')).status, 404);
    assert.equal((await visitor.get('/fi/processes/piilotettu/news/piilotetun-uutinen')).status, 404);
    assert.equal((await visitor.get('/fi/news/piilotetun-uutinen')).status, 404);
    assert.doesNotMatch((await visitor.get('/fi/news')).text, /Piilotetun prosessin uutinen/);
    assert.equal((await (await test.adminClient()).get('/fi/processes/piilotettu/news')).status, 200);
  });

  it('answers 404 for another organisation’s post and process, and for a post under the wrong process', async () => {
    const visitor = test.client();
    assert.equal((await visitor.get(`/fi/news/${foreign.postSlug}`)).status, 404);
    assert.equal((await visitor.get(`/fi/processes/${foreign.processSlug}/news/${foreign.postSlug}`)).status, 404);
    assert.equal((await visitor.get(`/fi${NEWS}/${foreign.postSlug}`)).status, 404);
    assert.equal((await visitor.get(`/fi${NEWS}/ei-ole-olemassa`)).status, 404);
    assert.equal((await visitor.get('/fi/processes/piilotettu/news/rauman-tarina-alkaa')).status, 404);
  });

  it('answers 4xx, not 500, for addresses with bytes no slug has (NUL, quotes, SQL)', async () => {
    const visitor = test.client();
    for (const path of [`/fi${NEWS}/a%00b`, '/fi/processes/a%00/news', '/fi/pages/x%00', '/fi/processes/%00/feed.atom']) {
      assert.equal((await visitor.get(path)).status, 400, path);
    }
    assert.equal((await visitor.get("/fi/news/x'%20or%20'1'='1")).status, 404);
  });

  it('lists the organisation’s news, including posts of no process, which have their own page', async () => {
    await create({ slug: 'kaupungin-tiedote', kind: 'media_release', title: { fi: 'Kaupungin yleinen tiedote' } });
    const list = await test.client().get('/fi/news');
    assert.equal(list.status, 200);
    assert.match(list.text, /<h1>Uutiset ja mediatiedotteet<\/h1>/);
    assert.match(list.text, /href="\/fi\/news\/kaupungin-tiedote"/);
    // A process's post beside it: the live round's media release, recent enough to be on the first page.
    assert.match(list.text, /href="\/fi\/processes\/rauman-tarina-jatkuu\/news\/rauman-tarina-jatkuu"/);
    const post = await test.client().get('/fi/news/kaupungin-tiedote');
    assert.equal(post.status, 200);
    assert.match(post.text, /<h1>Kaupungin yleinen tiedote<\/h1>/);
  });

  it('redirects a process’s post from /news/:slug to its address under the process', async () => {
    const response = await test.client().get('/sv/news/rauman-tarina-alkaa');
    assert.equal(response.status, 301);
    assert.equal(response.location, '/sv/processes/rauman-tarina/news/rauman-tarina-alkaa');
  });

  it('shows the static pages in fi and sv at their fixed addresses and under /pages', async () => {
    const accessibility = await test.client().get('/fi/accessibility');
    assert.equal(accessibility.status, 200);
    assert.match(accessibility.text, /<h1>Saavutettavuusseloste<\/h1>/);
    assert.match(accessibility.text, /<h2>Saavutettavuuden tila<\/h2>/);
    const privacy = await test.client().get('/sv/privacy');
    assert.equal(privacy.status, 200);
    assert.match(privacy.text, /<h1>Dataskyddsbeskrivning<\/h1>/);
    assert.match((await test.client().get('/en/pages/privacy')).text, /<h1>Privacy notice<\/h1>/);
    assert.equal((await test.client().get('/fi/pages/ei-ole')).status, 404);
  });

  it('pages a long list with ?page= and answers bad or past-the-end pages with 4xx', async () => {
    for (let index = 0; index < 8; index += 1) await create({ slug: `sivutus-${index}`, processId });
    const first = await test.client().get(`/fi${NEWS}`);
    assert.equal(listedSlugs(first.text).length, 10);
    assert.match(first.text, /<a href="\/fi\/processes\/rauman-tarina\/news\?page=2" rel="next">Seuraava sivu<\/a>/);
    const second = await test.client().get(`/fi${NEWS}?page=2`);
    assert.equal(second.status, 200);
    const all = [...listedSlugs(first.text), ...listedSlugs(second.text)];
    assert.equal(new Set(all).size, all.length);
    assert.equal(all.at(-1), 'rauman-tarina-alkaa');
    assert.equal((await test.client().get(`/fi${NEWS}?page=3`)).status, 404);
    assert.equal((await test.client().get(`/fi${NEWS}?page=abc`)).status, 422);
  });
});
