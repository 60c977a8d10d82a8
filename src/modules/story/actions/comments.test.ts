import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

describe('story: a comment period and comments on paragraphs and passages', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let base: string;
  let key: string;
  const comments = async () =>
    test.context.db
      .selectFrom('story_comments')
      .select(['block_key', 'passage', 'body', 'author_user_id', 'participant_key'])
      .where('process_id', '=', storyTestProcess(test).processId)
      .orderBy('created_at')
      .execute();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    base = `/fi/processes/${slug}/story`;
    await saveVersion(admin, slug, 0, [
      { fi: 'Rauma on vanha kaupunki meren rannalla.', sv: 'Raumo är en gammal stad vid havet.' },
      { fi: 'Toinen kappale.' },
    ]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    key = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]!.key;
  });
  after(() => test.close());

  it('page: the editor puts the version out for comments; the form opens again with the period', async () => {
    const visitor = test.client();
    assert.equal((await visitor.get(base)).text.includes('Kommentoi tätä kappaletta'), false, 'a draft is not public');
    const saved = await admin.postForm(`${base}/versions/1/comment-period`, {
      phaseId: '',
      opensAt: '',
      closesAt: '2099-12-31T12:00',
      audience: 'anyone',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `${base}/versions/1`);
    const page = await admin.get(saved.location!);
    assert.match(page.text, /Kommentointijakso on tallennettu\./);
    assert.match(page.text, /name="closesAt"[^>]*value="2099-12-31T12:00"/);
    assert.match(page.text, /<option value="anyone" selected/);
  });

  it('page: the bodies ticked (posted as a browser posts a checkbox group, audienceIds[]) come back checked', async () => {
    const bodies = await test.context.db
      .selectFrom('process_bodies')
      .select('id')
      .where('process_id', '=', storyTestProcess(test).processId)
      .execute();
    const chosen = bodies.slice(0, 2).map((body) => body.id);
    assert.equal(chosen.length, 2, 'the demo process has bodies');
    const saved = await admin.postForm(`${base}/versions/1/comment-period`, {
      closesAt: '2099-12-31T12:00',
      audience: 'bodies',
      'audienceIds[]': chosen,
    });
    assert.equal(saved.status, 303);
    const page = parse((await admin.get(saved.location!)).text);
    const checked = page
      .querySelectorAll('#field-audienceIds-bodies input[type=checkbox][checked]')
      .map((box) => box.getAttribute('value'));
    assert.deepEqual(checked.sort(), [...chosen].sort());
    assert.equal(page.querySelectorAll('#field-audienceIds-units input[checked]').length, 0);
    assert.equal(page.querySelectorAll('input[name="audienceIds"]').length, 0, 'every box posts as audienceIds[]');
    assert.equal(page.querySelector('#field-audienceIds-bodies')?.getAttribute('data-follows'), 'audience');
    // Back to anyone for the tests that follow.
    assert.equal(
      (await admin.postForm(`${base}/versions/1/comment-period`, { closesAt: '2099-12-31T12:00', audience: 'anyone' })).status,
      303,
    );
  });

  it('page: a period closing before it opens, or for bodies without a body, comes back (422) as typed', async () => {
    const backwards = await admin.postForm(`${base}/versions/1/comment-period`, {
      opensAt: '2099-12-31T12:00',
      closesAt: '2099-01-01T12:00',
      audience: 'anyone',
    });
    assert.equal(backwards.status, 422);
    assert.match(backwards.text, /Päättymisen on oltava alkamisen jälkeen\./);
    assert.match(backwards.text, /name="opensAt"[^>]*value="2099-12-31T12:00"/);
    const bodies = await admin.postForm(`${base}/versions/1/comment-period`, { closesAt: '2099-12-31T12:00', audience: 'bodies' });
    assert.equal(bodies.status, 422);
    assert.match(bodies.text, /Valitse vähintään yksi/);
    assert.match(bodies.text, /href="#field-audienceIds-bodies"/, 'the error summary links to the list of bodies');
  });

  it('the story invites comments, and every paragraph has a comment button that works without a script', async () => {
    const visitor = test.client();
    const page = await visitor.get(base);
    assert.match(page.text, /Luonnos on kommentoitavana .* asti\./);
    assert.match(page.text, /jokaisen kappaleen alla on painike/);
    assert.equal(page.text.match(/data-story-comment="/g)?.length, 2, 'one button per paragraph');
    assert.match(page.text, new RegExp(`href="/fi/processes/${slug}/story/comment\\?block=${key}"`));
    assert.match(page.text, /src="\/assets\/story\/passage\.js"/);
    const script = await visitor.get('/assets/story/passage.js');
    assert.equal(script.status, 200);
  });

  it('a visitor comments on a selected passage through the form (303); it shows beside its paragraph and is a contribution', async () => {
    const visitor = test.client();
    const form = await visitor.get(`${base}/comment?block=${key}&passage=${encodeURIComponent('vanha kaupunki')}`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="passage"[^>]*>vanha kaupunki<\/textarea>/);
    const sent = await visitor.postForm(`${base}/comments`, { blockKey: key, passage: 'vanha kaupunki', body: 'Myös elävä!' });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, `${base}#story-${key}`);
    const page = await visitor.get(base);
    assert.match(page.text, /Kiitos! Kommenttisi on julkaistu\./);
    assert.match(page.text, /“vanha kaupunki”/);
    assert.match(page.text, /Myös elävä!/);
    const [comment] = await comments();
    assert.equal(comment?.author_user_id, null);
    assert.ok(comment?.participant_key, 'known by the browser’s pseudonym');
    const contribution = await test.context.db
      .selectFrom('contributions')
      .select(['channel', 'source_type', 'text', 'process_id'])
      .where('source_type', '=', 'story_comment')
      .where('process_id', '=', storyTestProcess(test).processId)
      .executeTakeFirst();
    assert.deepEqual(contribution, {
      channel: 'comment',
      source_type: 'story_comment',
      text: 'Myös elävä!',
      process_id: storyTestProcess(test).processId,
    });
  });

  it('a passage not in the paragraph and an empty comment come back (422) as typed; nothing saved', async () => {
    const visitor = test.client();
    const wrong = await visitor.postForm(`${base}/comments`, { blockKey: key, passage: 'ei tässä', body: 'Kommentti' });
    assert.equal(wrong.status, 422);
    assert.match(wrong.text, /Kohta ei ole tämän kappaleen tekstiä/);
    assert.match(wrong.text, /name="body"[^>]*>Kommentti<\/textarea>/);
    const empty = await visitor.postForm(`${base}/comments`, { blockKey: key, body: '' });
    assert.equal(empty.status, 422);
    assert.equal((await comments()).length, 1);
  });

  it('api: a comment on a paragraph (201); a Swedish passage counts; an unknown paragraph is 422', async () => {
    const visitor = test.client();
    const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, {
      blockKey: key,
      passage: 'gammal stad',
      body: 'Bra.',
    });
    assert.equal(sent.status, 201);
    const unknown = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: 'no-such', body: 'x' });
    assert.equal(unknown.status, 422);
    assert.equal((await comments()).length, 2);
  });

  it('the audience decides: signed-in only refuses visitors (401) and takes residents; a closed period refuses everyone', async () => {
    const signedIn = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
      closesAt: '2099-12-31T12:00',
      audience: 'signed_in',
    });
    assert.equal(signedIn.status, 204);
    const visitor = test.client();
    assert.equal((await visitor.postForm(`${base}/comments`, { blockKey: key, body: 'x' })).status, 401);
    assert.match((await visitor.get(`${base}/comment?block=${key}`)).text, /Kirjaudu sisään kommentoidaksesi\./);
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.postForm(`${base}/comments`, { blockKey: key, body: 'Asukkaana.' })).status, 303);
    const staff = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
      audience: 'staff',
      closesAt: '2099-12-31T12:00',
    });
    assert.equal(staff.status, 204);
    assert.equal((await resident.postForm(`${base}/comments`, { blockKey: key, body: 'x' })).status, 403);
    const closed = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
      opensAt: '2013-08-01T09:00',
      closesAt: '2013-08-31T16:00',
    });
    assert.equal(closed.status, 204);
    assert.match((await visitor.get(base)).text, /Kommentointi päättyi/);
    assert.equal((await admin.postForm(`${base}/comments`, { blockKey: key, body: 'x' })).status, 403);
    assert.equal((await comments()).length, 3);
  });

  it('permissions: a resident may not set the period (403); a visitor 401', async () => {
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.postForm(`${base}/versions/1/comment-period`, { audience: 'anyone' })).status, 403);
    assert.equal(
      (await test.client().api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status,
      401,
    );
  });
});
