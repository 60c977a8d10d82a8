import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

describe('story.comment.moderate: hide with a reason, restore, audited', () => {
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
    for (const body of ['Asiallinen kommentti.', 'Loukkaava kommentti!']) {
      const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body });
      ids.push(sent.json<{ id: string }>().id);
    }
  });
  after(() => test.close());

  const contributions = () =>
    test.context.db
      .selectFrom('contributions')
      .select('source_id')
      .where('source_type', '=', 'story_comment')
      .where('source_id', 'in', ids)
      .execute();

  it('page: hiding without a reason comes back (422) at that comment’s form; with one it leaves the story and the corpus, audited', async () => {
    const register = await admin.get(`${base}/responses`);
    assert.match(register.text, new RegExp(`action="/fi/processes/${slug}/story/comments/${ids[1]}/moderation"`));
    const refused = await admin.postForm(`${base}/comments/${ids[1]}/moderation`, { decision: 'hide', reason: ' ' });
    assert.equal(refused.status, 422, refused.text.slice(0, 3000));
    assert.match(refused.text, /Kerro, miksi kommentti piilotetaan\./);
    assert.match(refused.text, /<details class="story-moderation__hide" open[^>]*>/);
    const hidden = await admin.postForm(`${base}/comments/${ids[1]}/moderation`, { decision: 'hide', reason: 'Henkilöön käyvä' });
    assert.equal(hidden.status, 303);
    const after = await admin.get(`${base}/responses`);
    assert.match(after.text, /Kommentti on piilotettu\./);
    assert.match(after.text, /Piilotetut kommentit \(1\)[\s\S]*Loukkaava kommentti![\s\S]*Piilotettu: Henkilöön käyvä/);
    assert.match(after.text, /0 \/ 1 kommenttia on saanut vastineen\./);
    const page = await test.client().get(base);
    assert.doesNotMatch(page.text, /Loukkaava kommentti/);
    assert.match(page.text, /Asiallinen kommentti/);
    assert.deepEqual(
      (await contributions()).map((row) => row.source_id),
      [ids[0]],
    );
    const audit = await test.context.db.selectFrom('audit_log').select(['action', 'details']).where('subject_id', '=', ids[1]!).execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['story.comment.hide'],
    );
    assert.match(String(audit[0]?.details), /Henkilöön käyvä/);
  });

  it('api: hiding twice is 409; restoring brings it back to the story and the corpus; a hidden comment takes no response', async () => {
    const twice = await admin.api('POST', `/api/v1/processes/${slug}/story/comments/${ids[1]}/moderation`, {
      decision: 'hide',
      reason: 'x',
    });
    assert.equal(twice.status, 409);
    const response = await admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: [ids[1]],
      outcome: 'out_of_scope',
      text: { fi: 'x' },
    });
    assert.equal(response.status, 409);
    const restored = await admin.api('POST', `/api/v1/processes/${slug}/story/comments/${ids[1]}/moderation`, { decision: 'restore' });
    assert.equal(restored.status, 204);
    assert.match((await test.client().get(base)).text, /Loukkaava kommentti/);
    assert.equal((await contributions()).length, 2);
    const unknown = await admin.api('POST', `/api/v1/processes/${slug}/story/comments/nope/moderation`, { decision: 'restore' });
    assert.equal(unknown.status, 404);
  });

  it('permissions: a resident 403, a visitor 401; the register is the editors’ and moderators’', async () => {
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.postForm(`${base}/comments/${ids[0]}/moderation`, { decision: 'hide', reason: 'x' })).status, 403);
    const visitor = await test.client().api('POST', `/api/v1/processes/${slug}/story/comments/${ids[0]}/moderation`, {
      decision: 'hide',
      reason: 'x',
    });
    assert.equal(visitor.status, 401);
    assert.equal((await resident.get(`${base}/responses`)).status, 403);
  });
});
