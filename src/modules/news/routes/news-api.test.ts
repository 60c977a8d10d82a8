import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createPost } from '../commands/create-post.ts';
import { adminActor, insertForeignOrganisation, postInput } from '../test-support/fixtures.ts';

const POSTS = '/api/v1/processes/rauman-tarina/posts';

interface ApiPost {
  id: string;
  slug: string;
  kind: string;
  status: string;
  processId: string | null;
  phaseId: string | null;
  title: { fi: string; sv?: string; en?: string };
  publishedAt: string | null;
  body?: { fi: string };
}

interface ApiList {
  items: ApiPost[];
  nextCursor: string | null;
}

const newPost = (slug: string, extra: Record<string, unknown> = {}) => ({
  kind: 'blog',
  slug,
  title: { fi: `Otsikko ${slug}`, sv: `Rubrik ${slug}` },
  body: { fi: 'Teksti.' },
  ...extra,
});

describe('news API', () => {
  let test: TestApp;
  let admin: TestClient;
  let resident: TestClient;
  let foreign: Awaited<ReturnType<typeof insertForeignOrganisation>>;
  let draftId: string;

  const countPosts = async () =>
    Number(
      (
        await test.context.db
          .selectFrom('news_posts')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    foreign = await insertForeignOrganisation(test.context.db);
    draftId = await createPost(
      test.context.db,
      adminActor(test.demo.organisationId!),
      postInput({ slug: 'api-luonnos', processId: test.demo.processId!, status: 'draft' }),
      new Date(),
    );
  });
  after(() => test.close());

  it('lists published posts newest first in the documented shape, without drafts', async () => {
    const response = await test.client().api('GET', POSTS);
    assert.equal(response.status, 200);
    const list = response.json<ApiList>();
    assert.equal(list.nextCursor, null);
    assert.deepEqual(
      list.items.map((item) => item.slug),
      [
        'valtuusto-hyvaksyi-rauman-tarinan',
        'rauma-paivana-kuultiin-kaupunkilaisia',
        'henkilosto-tarttui-tarinaan',
        'raumaviisaat-antoivat-alkusysayksen',
        'rauman-tarina-alkaa',
      ],
    );
    const release = list.items.at(-1)!;
    assert.equal(release.kind, 'media_release');
    assert.equal(release.status, 'published');
    assert.equal(release.processId, test.demo.processId);
    assert.equal(release.phaseId, (test.demo.phaseIdsByKey as Record<string, string>)['start-up']);
    assert.equal(release.publishedAt, '2013-03-04T07:00:00.000Z');
    assert.equal(release.title.sv, 'Raumos berättelse börjar – hela staden med');
    assert.equal(release.body, undefined);
  });

  it('pages with a cursor: every post once, in order, until nextCursor is null', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const list: ApiList = (await test.client().api('GET', `${POSTS}${query}`)).json<ApiList>();
      assert.ok(list.items.length <= 2);
      seen.push(...list.items.map((item) => item.slug));
      cursor = list.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    assert.equal(pages, 3);
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
    assert.equal(seen[0], 'valtuusto-hyvaksyi-rauman-tarinan');
  });

  it('answers a damaged cursor or a bad limit with 422, and an unknown process with 404', async () => {
    const damaged = await test.client().api('GET', `${POSTS}?cursor=not-a-cursor`);
    assert.equal(damaged.status, 422);
    assert.match(damaged.headers.get('content-type') ?? '', /problem\+json/);
    const nulCursor = Buffer.from(JSON.stringify(['2013-03-04T07:00:00.000Z', 'a\u0000b'])).toString('base64url');
    assert.equal((await test.client().api('GET', `${POSTS}?cursor=${nulCursor}`)).status, 422);
    assert.equal((await test.client().api('GET', `${POSTS}?limit=0`)).status, 422);
    assert.equal((await test.client().api('GET', `${POSTS}?limit=abc`)).status, 422);
    assert.equal((await test.client().api('GET', '/api/v1/processes/ei-ole/posts')).status, 404);
    assert.equal((await test.client().api('GET', `/api/v1/processes/${foreign.processSlug}/posts`)).status, 404);
  });

  it('shows one post with its body; unknown, foreign and hidden drafts answer 404', async () => {
    const [first] = (await test.client().api('GET', POSTS)).json<ApiList>().items;
    const one = await test.client().api('GET', `/api/v1/posts/${first!.id}`);
    assert.equal(one.status, 200);
    assert.match(one.json<ApiPost>().body?.fi ?? '', /Kaupunginvaltuusto on hyväksynyt Rauman Tarinan/);
    assert.equal((await test.client().api('GET', '/api/v1/posts/00000000-0000-0000-0000-000000000000')).status, 404);
    // NUL is refused by the platform before any query (PostgreSQL cannot hold it).
    assert.equal((await test.client().api('GET', '/api/v1/posts/a%00b')).status, 400);
    assert.equal((await admin.api('PATCH', '/api/v1/posts/a%00b', { status: 'draft' })).status, 400);
    assert.equal((await test.client().api('GET', '/api/v1/pages/a%00b')).status, 400);
    assert.equal((await test.client().api('GET', `/api/v1/posts/${foreign.postId}`)).status, 404);
    assert.equal((await admin.api('GET', `/api/v1/posts/${foreign.postId}`)).status, 404);
    assert.equal((await test.client().api('GET', `/api/v1/posts/${draftId}`)).status, 404);
    assert.equal((await admin.api('GET', `/api/v1/posts/${draftId}`)).status, 200);
  });

  it('refuses writes from visitors (401) and residents (403), saving nothing', async () => {
    const before = await countPosts();
    assert.equal((await test.client().api('POST', POSTS, newPost('vierailija'))).status, 401);
    assert.equal((await resident.api('POST', POSTS, newPost('asukas'))).status, 403);
    assert.equal((await test.client().api('PATCH', `/api/v1/posts/${draftId}`, { status: 'published' })).status, 401);
    assert.equal((await resident.api('DELETE', `/api/v1/posts/${draftId}`)).status, 403);
    assert.equal((await test.client().api('PUT', '/api/v1/pages/uusi', { title: { fi: 'x' }, body: { fi: 'y' } })).status, 401);
    assert.equal(await countPosts(), before);
  });

  it('creates a post for its manager (201) and answers its full shape', async () => {
    const response = await admin.api('POST', POSTS, newPost('api-uutinen', { status: 'published', summary: { fi: 'Tiivistelmä' } }));
    assert.equal(response.status, 201);
    const post = response.json<ApiPost>();
    assert.equal(post.slug, 'api-uutinen');
    assert.equal(post.status, 'published');
    assert.equal(post.processId, test.demo.processId);
    assert.match(post.publishedAt ?? '', /^\d{4}-\d{2}-\d{2}T/);
    assert.deepEqual(post.body, { fi: 'Teksti.' });
    assert.equal((await test.client().get('/fi/processes/rauman-tarina/news/api-uutinen')).status, 200);
  });

  it('stores a video as the player address it embeds, not as typed', async () => {
    const response = await admin.api('POST', POSTS, newPost('api-video', { videoUrl: ' https://player.vimeo.com/video/76979871#t=1' }));
    assert.equal(response.status, 201);
    assert.equal(response.json<{ videoUrl: string }>().videoUrl, 'https://player.vimeo.com/video/76979871');
  });

  it('refuses a taken slug with 409 and invalid fields with 422 in the user’s language, saving nothing', async () => {
    const before = await countPosts();
    const taken = await admin.api('POST', POSTS, newPost('rauman-tarina-alkaa'));
    assert.equal(taken.status, 409);
    assert.equal(taken.json<{ detail: string }>().detail, 'Toisella uutisella on jo tämä osoite. Valitse toinen osoite.');
    const invalidBodies = [
      newPost('liian-pitka', { title: { fi: 'x'.repeat(201) } }),
      newPost('pitka-teksti', { body: { fi: 'x'.repeat(50_001) } }),
      newPost('pitka-tiivistelma', { summary: { fi: 'x'.repeat(501) } }),
      newPost('Iso Kirjain'),
      newPost('x'),
      newPost('vaara-video', { videoUrl: 'https://evil.example/embed/abcdef' }),
      newPost('http-video', { videoUrl: 'http://www.youtube-nocookie.com/embed/abcdef' }),
      newPost('js-video', { videoUrl: 'javascript:alert(1)' }),
      newPost('vaara-tyyppi', { kind: 'press' }),
      newPost('ei-otsikkoa', { title: {} }),
      { ...newPost('sql'), slug: "x'; drop table news_posts; --" },
      newPost('numero', { title: 42 }),
    ];
    for (const body of invalidBodies) {
      const response = await admin.api('POST', POSTS, body);
      assert.equal(response.status, 422, `expected 422 for ${JSON.stringify(body).slice(0, 80)}`);
      assert.ok(response.json<{ errors: unknown[] }>().errors.length > 0);
    }
    assert.equal((await admin.api('POST', POSTS, newPost('nul-vaihe', { phaseId: 'a\u0000b' }))).status, 400);
    const video = await admin.api('POST', POSTS, newPost('vaara-video', { videoUrl: 'https://evil.example/embed/abcdef' }));
    assert.equal(video.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, 'videoUrl');
    assert.equal(await countPosts(), before);
  });

  it('refuses a phase of another process with a field error', async () => {
    const response = await admin.api('POST', POSTS, newPost('vieras-vaihe', { phaseId: 'ei-tama-vaihe' }));
    assert.equal(response.status, 422);
    assert.equal(response.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, 'phaseId');
  });

  it('publishes a draft with PATCH, setting publishedAt once', async () => {
    const published = await admin.api('PATCH', `/api/v1/posts/${draftId}`, { status: 'published' });
    assert.equal(published.status, 200);
    const first = published.json<ApiPost>().publishedAt;
    assert.ok(first);
    await admin.api('PATCH', `/api/v1/posts/${draftId}`, { status: 'draft' });
    const again = await admin.api('PATCH', `/api/v1/posts/${draftId}`, { status: 'published', title: { fi: 'Uusi otsikko' } });
    assert.equal(again.json<ApiPost>().publishedAt, first);
    assert.equal(again.json<ApiPost>().title.fi, 'Uusi otsikko');
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', draftId).execute();
    assert.deepEqual(audit.map((row) => row.action).sort(), [
      'news.post.create',
      'news.post.publish',
      'news.post.update',
      'news.post.update',
    ]);
  });

  it('refuses a PATCH with unknown fields or bad values (422) and a foreign id (404), changing nothing', async () => {
    const before = (await admin.api('GET', `/api/v1/posts/${draftId}`)).json<ApiPost>();
    assert.equal((await admin.api('PATCH', `/api/v1/posts/${draftId}`, { organisationId: foreign.organisationId })).status, 422);
    assert.equal((await admin.api('PATCH', `/api/v1/posts/${draftId}`, { slug: 'rauman-tarina-alkaa' })).status, 409);
    assert.equal((await admin.api('PATCH', `/api/v1/posts/${draftId}`, { title: { fi: '' } })).status, 422);
    assert.equal((await admin.api('PATCH', `/api/v1/posts/${foreign.postId}`, { status: 'draft' })).status, 404);
    assert.deepEqual((await admin.api('GET', `/api/v1/posts/${draftId}`)).json<ApiPost>(), before);
  });

  it('deletes a post (204), after which it answers 404; a foreign id answers 404', async () => {
    assert.equal((await admin.api('DELETE', `/api/v1/posts/${foreign.postId}`)).status, 404);
    assert.equal((await admin.api('DELETE', `/api/v1/posts/${draftId}`)).status, 204);
    assert.equal((await admin.api('GET', `/api/v1/posts/${draftId}`)).status, 404);
    assert.equal((await admin.api('DELETE', `/api/v1/posts/${draftId}`)).status, 404);
  });

  it('reads a static page and lets only admins create or replace one', async () => {
    const page = await test.client().api('GET', '/api/v1/pages/accessibility');
    assert.equal(page.status, 200);
    assert.equal(page.json<{ title: { sv: string } }>().title.sv, 'Tillgänglighetsutlåtande');
    assert.equal((await test.client().api('GET', '/api/v1/pages/ei-ole')).status, 404);
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    const content = { title: { fi: 'Yhteystiedot' }, body: { fi: 'Ota yhteyttä kirjaamoon.' } };
    assert.equal((await manager.api('PUT', '/api/v1/pages/yhteystiedot', content)).status, 403);
    const created = await admin.api('PUT', '/api/v1/pages/yhteystiedot', content);
    assert.equal(created.status, 200);
    const replaced = await admin.api('PUT', '/api/v1/pages/yhteystiedot', { ...content, title: { fi: 'Yhteys' } });
    assert.equal(replaced.json<{ id: string; title: { fi: string } }>().title.fi, 'Yhteys');
    assert.equal(replaced.json<{ id: string }>().id, created.json<{ id: string }>().id);
    assert.equal((await admin.api('PUT', '/api/v1/pages/Huono%20Osoite', content)).status, 422);
    assert.equal((await admin.api('PUT', '/api/v1/pages/pitka', { title: { fi: 'x'.repeat(201) }, body: { fi: 'y' } })).status, 422);
    assert.equal((await test.client().api('GET', '/api/v1/pages/pitka')).status, 404);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const document = (await test.client().get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    assert.ok(document.paths['/api/v1/processes/{slug}/posts']?.get);
    assert.ok(document.paths['/api/v1/processes/{slug}/posts']?.post);
    assert.ok(document.paths['/api/v1/posts/{id}']?.patch);
    assert.ok(document.paths['/api/v1/pages/{slug}']?.put);
  });
});
