import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { newId } from '../../platform/db/ids.ts';
import { bumpPageVersion } from '../../platform/http/page-cache.ts';
import { createPerson } from '../../platform/testing/people.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
import { startTestApp } from '../../platform/testing/test-app.ts';
import { adminActor, insertForeignOrganisation, insertPost, insertProcess, postInput } from '../news/test-support/fixtures.ts';
import { CANDIDATES, deleteRows, insertRows } from './engines.ts';
import { RECHECK_MS, reindexOrganisation } from './reindex.ts';

interface ApiAnswer {
  items: Array<{ kind: string; id: string; processId: string | null; language: string; title: string; path: string; snippetHtml: string }>;
  nextCursor: string | null;
  total: number;
  more: boolean;
}

/** The ids of the things the search page links to, in order (their paths). */
function hitPaths(html: string): string[] {
  return [...html.matchAll(/<h3 class="search-result__title"><a href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('search', () => {
  let test: TestApp;
  let organisationId: string;
  let processId: string;
  let readingRoomId: string;
  const api = (query: string) => test.client().api('GET', `/api/v1/search?${query}`);
  const found = async (q: string) => (await test.client().api('GET', `/api/v1/search?q=${encodeURIComponent(q)}`)).json<ApiAnswer>();
  const reindex = () => reindexOrganisation(test.context, organisationId);

  before(async () => {
    test = await startTestApp({ demo: true });
    organisationId = test.demo.organisationId!;
    processId = test.demo.processId!;
    const admin = adminActor(organisationId);
    readingRoomId = await insertPost(
      test.context.db,
      admin,
      postInput({
        slug: 'lukusali-avautuu',
        processId,
        title: { fi: 'Lukusali avautuu', sv: 'Läsesalen öppnar', en: 'The reading room opens' },
        body: {
          fi: 'Uusi lukusali on kirjastossa & "lainaus" lähellä. Satama ja tori ovat vieressä.',
          sv: 'Den nya läsesalen ligger vid hamnen.',
          en: 'The new reading room is among the libraries by the harbour.',
        },
      }),
    );
    // Things an anonymous visitor may not open: each carries a word found nowhere else.
    await insertPost(
      test.context.db,
      admin,
      postInput({ slug: 'luonnos', processId, status: 'draft', title: { fi: 'Luonnosuutinen' }, body: { fi: 'Salamyyrä' } }),
    );
    const internal = await insertProcess(test.context.db, organisationId, {
      slug: 'sisainen',
      visibility: 'internal',
      title: { fi: 'Sisäprosessi' },
    });
    await insertPost(test.context.db, admin, postInput({ slug: 'sisauutinen', processId: internal, title: { fi: 'Sisämyyrä' } }));
    await insertProcess(test.context.db, organisationId, { slug: 'luonnosprosessi', visibility: 'draft', title: { fi: 'Luonnosmyyrä' } });
    const event = await test.context.db
      .selectFrom('events')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('events')
      .set({ audience: 'staff', title: JSON.stringify({ fi: 'Henkilöstömyyrä' }) })
      .where('id', '=', event.id)
      .execute();
    const survey = await test.context.db
      .selectFrom('surveys')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('surveys')
      .set({ audience: 'signed_in', results_public: 0, title: JSON.stringify({ fi: 'Kirjautumismyyrä' }) })
      .where('id', '=', survey.id)
      .execute();
    const channel = await test.context.db
      .selectFrom('statement_channels')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('statement_channels')
      .set({ audience: 'bodies', results_public: 0, question: JSON.stringify({ fi: 'Toimielinmyyrä?' }) })
      .where('id', '=', channel.id)
      .execute();
    const foreign = await insertForeignOrganisation(test.context.db);
    await insertPost(
      test.context.db,
      adminActor(foreign.organisationId),
      postInput({ slug: 'vieras', processId: foreign.processId, title: { fi: 'Vierasmyyrä' } }),
    );
    await reindexOrganisation(test.context, foreign.organisationId);
    await reindex();
  });
  after(() => test.close());

  it('finds Finnish words in their inflected forms', async () => {
    for (const q of ['kirjasto', 'kirjastossa', 'satamaan', 'satama', 'lukusalissa']) {
      const answer = await found(q);
      assert.ok(
        answer.items.some((item) => item.id === readingRoomId && item.language === 'fi'),
        `"${q}" finds the post in Finnish: ${JSON.stringify(answer.items.map((item) => item.title))}`,
      );
    }
  });

  it('finds Swedish and English words in their inflected forms, shown in the language they matched', async () => {
    const swedish = await test.client().get('/fi/search?q=hamn');
    assert.equal(swedish.status, 200);
    assert.match(swedish.text, /<a href="\/fi\/processes\/rauman-tarina\/news\/lukusali-avautuu" lang="sv">Läsesalen öppnar<\/a>/);
    assert.match(swedish.text, /<p class="search-result__snippet" lang="sv">Den nya läsesalen ligger vid <mark>hamnen<\/mark>/);
    const english = await found('library');
    assert.ok(english.items.some((item) => item.id === readingRoomId && item.language === 'en' && item.title === 'The reading room opens'));
  });

  it('shows a thing in the visitor’s language when it matched in several, and in another language as the fallback', async () => {
    const inEnglish = await test.client().get('/en/search?q=lukusali');
    assert.match(inEnglish.text, /lang="fi">Lukusali avautuu<\/a>/, 'only the Finnish text has the word: shown in Finnish, marked as such');
    const sv = await test.client().get('/sv/search?q=tarina');
    assert.equal(sv.status, 200);
    assert.match(sv.text, /Raumos berättelse/);
  });

  it('highlights the matched words in snippets, escaping everything else', async () => {
    const answer = await found('kirjasto');
    const hit = answer.items.find((item) => item.id === readingRoomId);
    assert.ok(hit);
    assert.match(hit.snippetHtml, /<mark>kirjastossa<\/mark> &amp; &quot;lainaus&quot;/);
    assert.equal(hit.path, '/fi/processes/rauman-tarina/news/lukusali-avautuu');
    const page = await test.client().get('/fi/search?q=kirjasto');
    assert.match(page.text, /<mark>kirjastossa<\/mark> &amp; &quot;lainaus&quot;/);
  });

  it('never shows drafts, internal or draft processes, staff events, surveys for the signed-in, channels for bodies, or another organisation’s things', async () => {
    for (const q of [
      'Luonnosuutinen',
      'Salamyyrä',
      'Sisäprosessi',
      'Sisämyyrä',
      'Luonnosmyyrä',
      'Henkilöstömyyrä',
      'Kirjautumismyyrä',
      'Toimielinmyyrä',
      'Vierasmyyrä',
    ]) {
      const answer = await found(q);
      assert.deepEqual(answer.items, [], `"${q}" finds nothing`);
      assert.equal(answer.total, 0);
      const signedIn = await test.adminClient();
      const page = await signedIn.get(`/fi/search?q=${encodeURIComponent(q)}`);
      assert.equal(page.status, 200);
      assert.deepEqual(
        hitPaths(page.text),
        [],
        `"${q}" finds nothing for the admin either: nothing narrower than anyone signed in is indexed`,
      );
    }
    const rows = await test.context.db
      .selectFrom('search_documents')
      .select('title')
      .where('organisation_id', '=', organisationId)
      .execute();
    assert.ok(!rows.some((row) => /myyrä|Luonnosuutinen|Sisäprosessi/.test(row.title)), 'nothing hidden is even indexed');
    const foreignRows = await test.context.db.selectFrom('search_documents').select('id').where('title', '=', 'Vierasmyyrä').execute();
    assert.equal(foreignRows.length, 1, 'the other organisation’s post is indexed, for that organisation only');
  });

  it('shows an event for the signed-in to signed-in visitors only, on the page and the API, and asks again when its audience narrows', async () => {
    const event = await test.context.db
      .selectFrom('events')
      .select(['id', 'title'])
      .where('organisation_id', '=', organisationId)
      .where('process_id', '=', processId)
      .where('audience', '=', 'public')
      .executeTakeFirstOrThrow();
    const setEvent = (audience: 'public' | 'signed_in' | 'staff', title: string) =>
      test.context.db.updateTable('events').set({ audience, title }).where('id', '=', event.id).execute();
    await setEvent('signed_in', JSON.stringify({ fi: 'Kirjautuneiden kummitusilta', sv: 'Spökkväll för inloggade' }));
    try {
      await reindex();
      const indexed = await test.context.db
        .selectFrom('search_documents')
        .select(['language', 'audience'])
        .where('source_id', '=', event.id)
        .orderBy('language')
        .execute();
      assert.deepEqual(indexed, [
        { language: 'fi', audience: 'signed-in' },
        { language: 'sv', audience: 'signed-in' },
      ]);
      const path = `/fi/events/${event.id}`;
      // Anonymous: not found, not counted, on the page and the API.
      const anonymous = await found('kummitusilta');
      assert.deepEqual(anonymous.items, []);
      assert.equal(anonymous.total, 0);
      const anonymousPage = await test.client().get('/fi/search?q=kummitusilta');
      assert.equal(anonymousPage.status, 200);
      assert.deepEqual(hitPaths(anonymousPage.text), []);
      assert.match(anonymousPage.text, /ei löytynyt mitään/);
      // A resident signed in, with no role: found, and the page it links to opens for them.
      const resident = await createPerson(test, 'hakija-kirjautunut');
      const page = await resident.client.get('/fi/search?q=kummitusilta');
      assert.equal(page.status, 200);
      assert.deepEqual(hitPaths(page.text), [path]);
      assert.match(page.text, new RegExp(`<a href="${path}">Kirjautuneiden kummitusilta</a>`));
      const json = await resident.client.api('GET', '/api/v1/search?q=kummitusilta');
      assert.equal(json.status, 200);
      const answer = json.json<ApiAnswer>();
      assert.deepEqual(
        answer.items.map((item) => [item.kind, item.id, item.path]),
        [['event', event.id, path]],
      );
      assert.equal(answer.total, 1);
      assert.equal((await resident.client.get(path)).status, 200, 'the signed-in visitor may open what the search shows');
      // The audience narrowed to staff, written straight, then the page version moved as the action does: asked again, not shown.
      await setEvent('staff', JSON.stringify({ fi: 'Kirjautuneiden kummitusilta' }));
      assert.deepEqual(hitPaths((await resident.client.get('/fi/search?q=kummitusilta')).text), [path], 'listed at this version: trusted');
      await test.context.db.transaction().execute((trx) => bumpPageVersion(trx, organisationId));
      assert.deepEqual(hitPaths((await resident.client.get('/fi/search?q=kummitusilta')).text), [], 'asked again: for staff now');
      assert.deepEqual((await resident.client.api('GET', '/api/v1/search?q=kummitusilta')).json<ApiAnswer>().items, []);
      await reindex();
      const left = await test.context.db.selectFrom('search_documents').select('id').where('source_id', '=', event.id).execute();
      assert.deepEqual(left, [], 'the next re-index removes it');
    } finally {
      await setEvent('public', event.title);
      await reindex();
    }
  });

  it('asks the source again before showing a hit once the page version has moved: a post unpublished since the last re-index is not shown, and the next re-index removes it', async () => {
    const hidden = await insertPost(
      test.context.db,
      adminActor(organisationId),
      postInput({ slug: 'pian-piilossa', processId, title: { fi: 'Katoamistemppu' } }),
    );
    await reindex();
    assert.equal((await found('katoamistemppu')).items.length, 1);
    // Written straight, without the page version an unpublishing action moves: the index is trusted as it stands.
    await test.context.db.updateTable('news_posts').set({ status: 'draft' }).where('id', '=', hidden).execute();
    assert.equal((await found('katoamistemppu')).items.length, 1, 'no source is asked while its listing is as new as the page version');
    // As the unpublishing action does, in the change's transaction: the source is asked again.
    await test.context.db.transaction().execute((trx) => bumpPageVersion(trx, organisationId));
    assert.deepEqual((await found('katoamistemppu')).items, [], 'hidden at once, before any re-index');
    const outcome = await reindex();
    assert.ok(outcome.removed >= 1);
    const left = await test.context.db.selectFrom('search_documents').select('id').where('source_id', '=', hidden).execute();
    assert.deepEqual(left, []);
  });

  it('re-indexes only what changed', async () => {
    const again = await reindex();
    assert.deepEqual(again, { written: 0, removed: 0 });
    await test.context.db
      .updateTable('news_posts')
      .set({ title: JSON.stringify({ fi: 'Lukusali avautuu zorblatti', sv: 'Läsesalen öppnar', en: 'The reading room opens' }) })
      .where('id', '=', readingRoomId)
      .execute();
    const changed = await reindex();
    assert.deepEqual(changed, { written: 1, removed: 0 }, 'the Finnish document is written again, the others kept');
    assert.deepEqual(
      (await found('zorblatti')).items.map((item) => item.id),
      [readingRoomId],
    );
  });

  it('lets the job list a source again only when the page version moved or the last listing is old, and rebuilds on demand', async () => {
    const job = (context = test.context) => reindexOrganisation(context, organisationId, { mode: 'changed' });
    await reindex();
    const sourceRows = await test.context.db
      .selectFrom('search_documents')
      .select(['kind', 'source'])
      .where('organisation_id', '=', organisationId)
      .execute();
    assert.ok(
      sourceRows.every((row) => row.source !== ''),
      'every document names its source',
    );
    assert.ok(sourceRows.some((row) => row.kind === 'news' && row.source === 'news+page'));
    // A change that moved no page version (written straight to the table) waits for the re-check.
    await test.context.db
      .updateTable('news_posts')
      .set({ title: JSON.stringify({ fi: 'Lukusali avautuu hiljaa kvarkki', sv: 'Läsesalen öppnar', en: 'The reading room opens' }) })
      .where('id', '=', readingRoomId)
      .execute();
    assert.deepEqual(await job(), { written: 0, removed: 0 }, 'the page version did not move: nothing listed');
    assert.deepEqual((await found('kvarkki')).items, []);
    await test.context.db.transaction().execute((trx) => bumpPageVersion(trx, organisationId));
    assert.deepEqual(await job(), { written: 1, removed: 0 }, 'the version moved: the changed source is listed, one document written');
    assert.deepEqual(
      (await found('kvarkki')).items.map((item) => item.id),
      [readingRoomId],
    );
    assert.deepEqual(await job(), { written: 0, removed: 0 }, 'listed at this version already');
    await test.context.db.updateTable('news_posts').set({ status: 'draft' }).where('id', '=', readingRoomId).execute();
    const later = { ...test.context, clock: fixedClock(new Date(Date.now() + RECHECK_MS + 60_000)) };
    assert.deepEqual(
      await job(later),
      { written: 0, removed: 3 },
      'after RECHECK_MS every source is listed again: the hidden post’s three languages go',
    );
    await test.context.db.updateTable('news_posts').set({ status: 'published' }).where('id', '=', readingRoomId).execute();
    const count = async () =>
      Number(
        (
          await test.context.db
            .selectFrom('search_documents')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('organisation_id', '=', organisationId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const rebuilt = await reindexOrganisation(test.context, organisationId, { mode: 'rebuild' });
    assert.equal(rebuilt.written, before + 3, 'a rebuild writes every document anew, the post back among them');
    assert.equal(rebuilt.removed, before);
    assert.equal(await count(), before + 3);
    assert.equal((await found('kvarkki')).items.length, 1);
    assert.deepEqual(await reindex(), { written: 0, removed: 0 });
  });

  it('filters by kind and by process', async () => {
    const news = await api('q=tarina&kind=news');
    const items = news.json<ApiAnswer>().items;
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.kind === 'news'));
    const page = await test.client().get('/fi/search?q=tarina&kind=phase');
    assert.ok(hitPaths(page.text).length > 0);
    assert.match(page.text, /<option value="phase" selected>Vaihe<\/option>/);
    const all = (await found('tarina')).items;
    const other = all.find((item) => item.processId !== null && item.processId !== processId)?.processId;
    assert.ok(other, 'the demo has a second process that the word finds');
    const inOne = (await api(`q=tarina&process=${processId}`)).json<ApiAnswer>();
    assert.ok(inOne.items.length > 0);
    assert.ok(inOne.items.every((item) => item.processId === processId));
  });

  it('pages through the results', async () => {
    for (let index = 1; index <= 25; index += 1) {
      await insertPost(
        test.context.db,
        adminActor(organisationId),
        postInput({ slug: `sivu-${index}`, processId, title: { fi: `Sivutuskoe ${index}` }, body: { fi: 'Sivutuskokeen teksti.' } }),
      );
    }
    await reindex();
    const first = (await api('q=sivutuskoe')).json<ApiAnswer>();
    assert.equal(first.items.length, 20);
    assert.equal(first.total, 25);
    assert.equal(first.nextCursor, '2');
    const second = (await api('q=sivutuskoe&cursor=2')).json<ApiAnswer>();
    assert.equal(second.items.length, 5);
    assert.equal(second.nextCursor, null);
    const firstIds = new Set(first.items.map((item) => item.id));
    assert.ok(
      second.items.every((item) => !firstIds.has(item.id)),
      'no thing on two pages',
    );
    const page = await test.client().get('/fi/search?q=sivutuskoe');
    assert.equal(hitPaths(page.text).length, 20);
    assert.match(page.text, /<a href="\/fi\/search\?q=sivutuskoe&amp;page=2" rel="next">Seuraava sivu<\/a>/);
    assert.match(page.text, /Sivu 1 \/ 2/);
    const page2 = await test.client().get('/fi/search?q=sivutuskoe&page=2');
    assert.equal(hitPaths(page2.text).length, 5);
    assert.match(page2.text, /rel="prev"/);
  });

  it('ranks at most the first CANDIDATES matches and says when more matched, on the page and the API', async () => {
    // Index rows written straight, as a source would list them: the count is the index's, the page shows what is still public.
    const rows = Array.from({ length: CANDIDATES + 5 }, (_, index) => ({
      id: newId(),
      organisation_id: organisationId,
      source: 'bench',
      kind: 'news',
      source_id: newId(),
      process_id: processId,
      language: 'fi',
      title: `Runsauskoe ${index}`,
      body: 'Runsauskokeen teksti.',
      path: `/news/runsaus-${index}`,
      audience: 'public',
      fingerprint: String(index),
      indexed_at: new Date().toISOString(),
    }));
    await insertRows(test.context.db, test.context.dialect, rows);
    try {
      const answer = (await api('q=runsauskoe')).json<ApiAnswer>();
      assert.equal(answer.more, true);
      assert.ok(answer.total >= CANDIDATES && answer.total <= CANDIDATES + 1, String(answer.total));
      assert.deepEqual(answer.items, [], 'none of them is a post its source lists: none is shown');
      const page = await test.client().get('/fi/search?q=runsauskoe');
      assert.equal(page.status, 200);
      assert.match(page.text, /Haulla ”runsauskoe” löytyi yli 1\s000 tulosta: tarkenna hakua/);
      assert.equal((await api('q=sivutuskoe')).json<ApiAnswer>().more, false);
    } finally {
      await deleteRows(
        test.context.db,
        test.context.dialect,
        rows.map((row) => row.id),
      );
    }
  });

  it('helps when nothing is found: fewer words, and the processes to explore', async () => {
    const page = await test.client().get('/fi/search?q=zyxwv+qwerty');
    assert.equal(page.status, 200);
    assert.match(page.text, /Haulla ”zyxwv qwerty” ei löytynyt mitään\./);
    assert.match(page.text, /Kokeile vähemmillä sanoilla/);
    assert.match(page.text, /<a href="\/fi\/processes\/rauman-tarina">Rauman Tarina<\/a>/);
    assert.doesNotMatch(page.text, /Sisäprosessi/, 'hidden processes are not listed');
  });

  it('lists in the process filter only processes still public: one made internal since the last re-index goes once the page version moves', async () => {
    const id = await insertProcess(test.context.db, organisationId, {
      slug: 'pian-sisainen',
      visibility: 'public',
      title: { fi: 'Hetken julkinen' },
    });
    const option = new RegExp(`<option value="${id}">Hetken julkinen</option>`);
    try {
      await reindex();
      assert.match((await test.client().get('/fi/search')).text, option);
      await test.context.db.updateTable('processes').set({ visibility: 'internal' }).where('id', '=', id).execute();
      assert.match((await test.client().get('/fi/search?q=tarina')).text, option, 'listed at this version: the kept list is trusted');
      await test.context.db.transaction().execute((trx) => bumpPageVersion(trx, organisationId));
      assert.doesNotMatch((await test.client().get('/fi/search')).text, option, 'asked again before any re-index');
      assert.doesNotMatch((await test.client().get('/fi/search?q=zyxwv')).text, /Hetken julkinen/, 'nor linked from the empty page');
      await reindex();
      assert.doesNotMatch((await test.client().get('/fi/search')).text, option);
    } finally {
      await test.context.db.deleteFrom('processes').where('id', '=', id).execute();
      await reindex();
    }
  });

  it('takes input of any length or script safely: a message for too long, no markup reflected, no 5xx', async () => {
    const long = 'kirjasto '.repeat(30);
    const page = await test.client().get(`/fi/search?q=${encodeURIComponent(long)}`);
    assert.equal(page.status, 422);
    assert.match(page.text, /Hakusanat ovat liian pitkät: enintään 200 merkkiä\./);
    const apiLong = await api(`q=${encodeURIComponent('x'.repeat(10_000))}`);
    assert.equal(apiLong.status, 422);
    assert.match(apiLong.headers.get('content-type') ?? '', /problem\+json/);
    assert.match(apiLong.text, /200/);
    const odd = [
      '<script>alert(1)</script>',
      '"',
      '(',
      'AND OR NOT',
      '*',
      'NEAR(a b)',
      'title:kirjasto',
      '東京 🚀',
      'مرحبا بالعالم',
      '\u200b',
      "'; drop table search_documents; --",
      'a\u0301',
    ];
    for (const q of odd) {
      const response = await test.client().get(`/fi/search?q=${encodeURIComponent(q)}`);
      assert.equal(response.status, 200, q);
      assert.doesNotMatch(response.text, /<script>alert/, q);
      const json = await api(`q=${encodeURIComponent(q)}`);
      assert.equal(json.status, 200, q);
    }
    const reflected = await test.client().get(`/fi/search?q=${encodeURIComponent('<b>kirjasto</b>')}`);
    assert.match(reflected.text, /value="&lt;b>kirjasto&lt;\/b>"/);
    assert.doesNotMatch(reflected.text, /<b>kirjasto<\/b>/);
    for (const bad of ['kind=bogus', 'page=0', 'page=999', 'page=abc', 'process=' + 'x'.repeat(100)]) {
      const response = await test.client().get(`/fi/search?q=tarina&${bad}`);
      assert.equal(response.status, 422, bad);
    }
    assert.equal((await api('cursor=-1')).status, 422);
  });

  it('answers an empty search with the form alone, and an empty list on the API', async () => {
    const page = await test.client().get('/fi/search');
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Haku<\/h1>/);
    assert.doesNotMatch(page.text, /search-results-title/);
    const blank = await api('q=');
    assert.equal(blank.status, 200);
    assert.deepEqual(blank.json<ApiAnswer>(), { items: [], nextCursor: null, total: 0, more: false });
  });

  it('puts a labelled search landmark in every public page’s header', async () => {
    for (const path of ['/fi/', '/sv/processes/rauman-tarina', '/en/news', '/fi/accessibility', '/fi/search?q=tarina']) {
      const page = await test.client().get(path);
      assert.equal(page.status, 200, path);
      assert.match(
        page.text,
        /<search class="site-search" aria-label="(Haku sivustolta|Sök på webbplatsen|Search this site)"><form method="get" action="\/(fi|sv|en)\/search"/,
        path,
      );
      assert.match(
        page.text,
        /<label for="site-search-q" class="visually-hidden">[^<]+<\/label><input id="site-search-q"[^>]*name="q"/,
        path,
      );
    }
  });
});
