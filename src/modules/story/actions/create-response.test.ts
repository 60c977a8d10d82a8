import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

describe('story.response.create: an official response to every comment', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let base: string;
  let key: string;
  const ids: string[] = [];

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    base = `/fi/processes/${slug}/story`;
    await saveVersion(admin, slug, 0, [{ fi: 'Rauma on vanha kaupunki meren rannalla.' }]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    key = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]!.key;
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
    const visitor = test.client();
    for (const body of ['Lisää meri.', 'Meri puuttuu.', 'Kaavoitus on eri asia.']) {
      const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body });
      ids.push(sent.json<{ id: string }>().id);
    }
  });
  after(() => test.close());

  it('page: the register lists the comments; a group of two gets one response (303) shown publicly under both', async () => {
    const register = await admin.get(`${base}/responses`);
    assert.equal(register.status, 200);
    assert.match(register.text, /0 \/ 3 kommenttia on saanut vastineen\./);
    const saved = await admin.postForm(`${base}/responses`, {
      'commentIds[]': [ids[0]!, ids[1]!],
      outcome: 'taken',
      'text.fi': 'Meri on nyt mukana.',
      changedBlockKey: key,
      publish: 'yes',
    });
    assert.equal(saved.status, 303);
    const after = await admin.get(`${base}/responses`);
    assert.match(after.text, /Vastine on tallennettu\./);
    assert.match(after.text, /2 \/ 3 kommenttia on saanut vastineen\./);
    const page = await test.client().get(base);
    assert.equal(page.text.match(/Virallinen vastine: Otettu huomioon/g)?.length, 2);
    assert.match(page.text, /2 \/ 3 on saanut virallisen vastineen\./);
    assert.match(page.text, new RegExp(`href="/fi/processes/${slug}/story#story-${key}">Katso muutettu kappale`));
  });

  it('page: taken into account without its paragraph, and no comment chosen, come back (422) as typed', async () => {
    const missing = await admin.postForm(`${base}/responses`, {
      'commentIds[]': [ids[2]!],
      outcome: 'taken',
      'text.fi': 'Perustelu',
      publish: 'yes',
    });
    assert.equal(missing.status, 422);
    assert.match(missing.text, /Valitse tarinan uusimmasta versiosta kappale/);
    assert.match(missing.text, /name="text\.fi"[^>]*>Perustelu<\/textarea>/);
    assert.match(missing.text, new RegExp(`value="${ids[2]}" checked`));
    const none = await admin.postForm(`${base}/responses`, { outcome: 'out_of_scope', 'text.fi': 'x' });
    assert.equal(none.status, 422);
  });

  it('api: an unpublished response is not public; an answered comment cannot be answered again (409)', async () => {
    const created = await admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: [ids[2]],
      outcome: 'out_of_scope',
      text: { fi: 'Kaavoitus käsitellään yleiskaavassa.' },
    });
    assert.equal(created.status, 201);
    assert.doesNotMatch((await test.client().get(base)).text, /Kaavoitus käsitellään yleiskaavassa/);
    assert.match((await admin.get(`${base}/responses`)).text, /ei vielä julkaistu[\s\S]*Kaavoitus käsitellään yleiskaavassa\./);
    const again = await admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: [ids[0]],
      outcome: 'partly',
      text: { fi: 'x' },
    });
    assert.equal(again.status, 409);
  });

  it('permissions: residents 403, visitors 401', async () => {
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.get(`${base}/responses`)).status, 403);
    assert.equal(
      (await resident.postForm(`${base}/responses`, { 'commentIds[]': [ids[2]!], outcome: 'partly', 'text.fi': 'x' })).status,
      403,
    );
    assert.equal(
      (
        await test
          .client()
          .api('POST', `/api/v1/processes/${slug}/story/responses`, { commentIds: [ids[2]], outcome: 'partly', text: { fi: 'x' } })
      ).status,
      401,
    );
  });
});
