import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

describe('story.seminar.link: a council seminar’s agreed outcome attached to the paragraphs it shaped', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let base: string;
  let keys: string[];
  let outcomeIds: string[];

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    base = `/fi/processes/${slug}/story/versions/1`;
    await saveVersion(admin, slug, 0, [{ fi: 'Rauma on meren kaupunki.' }, { fi: 'Vanha Rauma on maailmanperintöä.' }]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    keys = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks.map((block) => block.key);
    // A council seminar, closed with its agreed outcome (the workshops module's own API).
    const seminar = await admin.api('POST', `/api/v1/processes/${slug}/workshops`, {
      kind: 'seminar',
      title: { fi: 'Valtuustoseminaari', sv: 'Fullmäktigeseminarium', en: 'Council seminar' },
      description: { fi: '' },
      eventId: null,
      access: 'code',
      audienceIds: [],
      noteNames: 'anonymous',
      noteMaxLength: 120,
      notesHidden: false,
      dotsPerParticipant: 3,
      resultsPublic: false,
      prompts: [{ text: { fi: 'Mitkä ovat arvomme?' } }],
      groups: [],
    });
    assert.equal(seminar.status, 201, seminar.text);
    const id = seminar.json<{ id: string }>().id;
    const closed = await admin.api('POST', `/api/v1/workshops/${id}/close`, { items: [{ text: 'Meri ensin' }, { text: 'Perintö elää' }] });
    assert.equal(closed.status, 204, closed.text);
    const form = await admin.get(`${base}/seminars`);
    outcomeIds = [...form.text.matchAll(/<option value="([^"]+)"[^>]*>Valtuustoseminaari \d\./g)].map((match) => match[1] ?? '');
    assert.equal(outcomeIds.length, 2, form.text);
  });
  after(() => test.close());

  it('page: the editor links an item to a paragraph (303); the story shows it under that paragraph', async () => {
    const saved = await admin.postForm(`${base}/seminars`, { outcomeId: outcomeIds[1]!, 'blockKeys[]': [keys[1]!] });
    assert.equal(saved.status, 303, saved.text);
    const page = await admin.get(`${base}/seminars`);
    assert.match(page.text, /Seminaarin tulos on liitetty kappaleisiin\./);
    assert.match(page.text, /Vanha Rauma on maailmanperintöä\. — Valtuustoseminaari 2\. Perintö elää/);
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
    const story = await test.client().get(`/fi/processes/${slug}/story`);
    assert.match(
      story.text,
      /Vanha Rauma on maailmanperintöä\.[\s\S]*Kappale muotoutui seminaarissa:[\s\S]*Valtuustoseminaari 2\. Perintö elää/,
    );
    assert.equal(story.text.match(/Kappale muotoutui seminaarissa:/g)?.length, 1);
  });

  it('bad input comes back (422) as chosen; an unknown item is refused; a resident 403', async () => {
    const none = await admin.postForm(`${base}/seminars`, { outcomeId: outcomeIds[0]! });
    assert.equal(none.status, 422);
    assert.match(none.text, new RegExp(`<option value="${outcomeIds[0]}" selected`));
    const unknown = await admin.api('POST', `/api/v1/processes/${slug}/story/versions/1/seminars`, {
      outcomeId: 'nope',
      blockKeys: [keys[0]],
    });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /Valitse jonkin tämän prosessin seminaarin sovittu kohta|Choose an agreed item/);
    const again = await admin.api('POST', `/api/v1/processes/${slug}/story/versions/1/seminars`, {
      outcomeId: outcomeIds[1],
      blockKeys: [keys[1]],
    });
    assert.equal(again.status, 204, 'a link made twice is kept once');
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.get(`${base}/seminars`)).status, 403);
    assert.equal((await resident.postForm(`${base}/seminars`, { outcomeId: outcomeIds[0]!, 'blockKeys[]': [keys[0]!] })).status, 403);
  });
});
