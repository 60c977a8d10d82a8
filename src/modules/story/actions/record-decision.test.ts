import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import type { LiveDemoState } from '../../../demo/rauma-live.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion } from '../test-support.ts';

describe('story.decision.record: a body’s decision freezes the version it approved', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let base: string;
  let key: string;
  let council: string;
  let commentId: string;
  const decision = () => ({
    bodyId: council,
    meetingDate: '2013-09-16',
    sectionNumber: '112',
    'text.fi': 'Valtuusto hyväksyi Rauman tarinan kaupungin strategiaksi.',
    'text.sv': 'Fullmäktige godkände Raumos berättelse som stadens strategi.',
    votesFor: '43',
    votesAgainst: '8',
    votesAbstain: '0',
    'dissent.fi': '',
    minutesUrl: 'https://rauma.fi/poytakirjat/valtuusto-2013-09-16',
  });
  const live = () => test.demo.live as LiveDemoState;
  const blocksOf = async (number: number) =>
    (await admin.api('GET', `/api/v1/processes/${slug}/story/versions/${number}`)).json<{ blocks: unknown[]; status: string }>();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const live = test.demo.live as LiveDemoState;
    slug = live.processSlug;
    council = live.bodyIds.council!;
    base = `/fi/processes/${slug}/story`;
    await saveVersion(admin, slug, 0, [{ fi: 'Rauma on vanha kaupunki meren rannalla.' }, { fi: 'Toinen kappale.' }]);
    const period = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
      closesAt: '2099-12-31T12:00',
      audience: 'anyone',
    });
    assert.equal(period.status, 204);
    key = (await blocksOf(1)).blocks.map((block) => (block as { key: string }).key)[0]!;
    const sent = await test.client().api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body: 'Hyvä alku.' });
    assert.equal(sent.status, 201);
    commentId = sent.json<{ id: string }>().id;
  });
  after(() => test.close());

  it('permissions: a resident may neither open nor post the decision form (403); a visitor posting is asked to sign in (401)', async () => {
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.get(`${base}/versions/1/decision`)).status, 403);
    assert.equal((await resident.postForm(`${base}/versions/1/decision`, decision())).status, 403);
    const api = await test.client().api('POST', `/api/v1/processes/${slug}/story/versions/1/decision`, {
      bodyId: council,
      meetingDate: '2013-09-16',
      sectionNumber: '112',
      text: { fi: 'Hyväksyttiin.' },
    });
    assert.equal(api.status, 401);
  });

  it('page: the version page links to the form; bad input comes back (422) as typed with the message at its field', async () => {
    assert.match((await admin.get(`${base}/versions/1`)).text, new RegExp(`href="${base}/versions/1/decision"`));
    const form = await admin.get(`${base}/versions/1/decision`);
    assert.equal(form.status, 200);
    assert.match(form.text, new RegExp(`<option value="${council}"`));
    const otherBody = test.demo.bodyIds!.council!;
    const refused = await admin.postForm(`${base}/versions/1/decision`, {
      ...decision(),
      bodyId: otherBody,
      meetingDate: '2013-02-30',
      minutesUrl: 'rauma.fi',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Anna päivämäärä muodossa|vvvv-kk-pp/);
    assert.match(refused.text, /Anna verkko-osoite, joka alkaa https:\/\//);
    assert.match(refused.text, /name="sectionNumber"[^>]*value="112"/);
    assert.match(refused.text, /Valtuusto hyväksyi Rauman tarinan kaupungin strategiaksi\.<\/textarea>/);
    const foreign = await admin.postForm(`${base}/versions/1/decision`, { ...decision(), bodyId: otherBody });
    assert.equal(foreign.status, 422, 'a body of another process');
    assert.match(foreign.text, /Valitse tämän prosessin toimielin\./);
    assert.equal((await blocksOf(1)).status, 'draft');
  });

  it('hub: the process page lists the open comment period as a way to take part', async () => {
    const page = parse((await test.client().get(`/fi/processes/${slug}`)).text);
    const entry = page.querySelector('li[data-kind="story"]');
    assert.ok(entry, 'a story entry on the hub');
    assert.match(entry.getAttribute('class') ?? '', /hub-channel--open/);
    assert.match(entry.text, /Tarinan luonnos, versio 1/);
    assert.match(entry.querySelector(`a[href="${base}"]`)?.text ?? '', /Kommentoi luonnosta/);
  });

  it('page: the decision is recorded (303) and the story says "Hyväksytty: … (§ 112)" with the vote and the minutes', async () => {
    const saved = await admin.postForm(`${base}/versions/1/decision`, decision());
    assert.equal(saved.status, 303);
    assert.equal(saved.location, base);
    const page = await test.client().get(base);
    assert.match(page.text, /Hyväksytty: Kaupunginvaltuusto 16\. syyskuuta 2013 \(§ 112\)/);
    assert.match(page.text, /Äänestys: puolesta 43, vastaan 8, tyhjää 0\./);
    assert.match(page.text, /href="https:\/\/rauma\.fi\/poytakirjat\/valtuusto-2013-09-16"/);
    assert.doesNotMatch(page.text, /data-story-comment="/, 'no comment buttons on an approved version');
    const english = await test.client().get(`/en/processes/${slug}/story`);
    assert.match(english.text, /Approved: City council on September 16, 2013 \(§ 112\)/);
    assert.equal((await blocksOf(1)).status, 'decided');
  });

  it('hub: once decided, the entry is closed and leads to the approved story', async () => {
    const page = parse((await test.client().get(`/fi/processes/${slug}`)).text);
    const entry = page.querySelector('li[data-kind="story"]');
    assert.ok(entry);
    assert.match(entry.getAttribute('class') ?? '', /hub-channel--closed/);
    assert.match(entry.text, /Tarina, hyväksytty versio 1/);
    assert.ok(entry.querySelectorAll('a').some((link) => link.text.includes('Lue hyväksytty tarina')));
  });

  it('every write on the decided version is refused with 409 and says so; nothing of it changes', async () => {
    const before = await blocksOf(1);
    const frozen = /Tämä versio on hyväksytty, eikä sitä voi enää muuttaa\./;
    const period = await admin.postForm(`${base}/versions/1/comment-period`, { closesAt: '2099-12-31T12:00', audience: 'anyone' });
    assert.equal(period.status, 409);
    assert.match(period.text, frozen);
    const periodApi = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' });
    assert.equal(periodApi.status, 409);
    const visitor = test.client();
    const comment = await visitor.postForm(`${base}/comments`, { blockKey: key, body: 'Vielä yksi.' });
    assert.equal(comment.status, 409);
    assert.match(comment.text, frozen);
    const api = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body: 'x' });
    assert.equal(api.status, 409);
    const swedish = await visitor.postForm(`/sv/processes/${slug}/story/comments`, { blockKey: key, body: 'Ännu en.' });
    assert.equal(swedish.status, 409);
    assert.match(swedish.text, /Denna version har godkänts och kan inte längre ändras\./);
    const english = await admin.postForm(`/en/processes/${slug}/story/versions/1/decision`, decision());
    assert.match(english.text, /This version has been approved and can no longer change\./);
    assert.equal((await visitor.get(`${base}/comment?block=${key}`)).status, 409);
    const response = await admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: [commentId],
      outcome: 'partly',
      text: { fi: 'Kiitos.' },
    });
    assert.equal(response.status, 409);
    const again = await admin.postForm(`${base}/versions/1/decision`, { ...decision(), sectionNumber: '113' });
    assert.equal(again.status, 409);
    assert.match(again.text, frozen);
    assert.match((await admin.get(`${base}/versions/1/decision`)).text, frozen);
    const decisions = await test.context.db
      .selectFrom('story_decisions')
      .select('section_number')
      .where('process_id', '=', live().processId)
      .execute();
    assert.deepEqual(decisions, [{ section_number: '112' }]);
    const comments = await test.context.db
      .selectFrom('story_comments')
      .select(['body', 'response_id'])
      .where('process_id', '=', live().processId)
      .execute();
    assert.deepEqual(comments, [{ body: 'Hyvä alku.', response_id: null }]);
    assert.deepEqual(await blocksOf(1), before);
  });

  it('an amendment is a new version (a draft) written on the decided one; the decided one stays as it was', async () => {
    const before = await blocksOf(1);
    const number = await saveVersion(admin, slug, 1, [{ key, fi: 'Rauma on vanha ja elävä kaupunki meren rannalla.' }]);
    assert.equal(number, 2);
    assert.equal((await blocksOf(2)).status, 'draft');
    assert.deepEqual(await blocksOf(1), before);
    // The public still reads the approved version.
    assert.match((await test.client().get(base)).text, /Hyväksytty: Kaupunginvaltuusto/);
  });

  it('api: GET …/decisions lists the decision with its version, body and vote', async () => {
    const answer = await test.client().api('GET', `/api/v1/processes/${slug}/decisions`);
    assert.equal(answer.status, 200);
    const [first, ...rest] = answer.json<{ decisions: Array<Record<string, unknown>> }>().decisions;
    assert.equal(rest.length, 0);
    assert.equal(first?.versionNumber, 1);
    assert.equal(first?.sectionNumber, '112');
    assert.deepEqual(first?.votes, { for: 43, against: 8, abstain: 0 });
    assert.equal((first?.body as { fi: string } | undefined)?.fi, 'Kaupunginvaltuusto');
  });
});
