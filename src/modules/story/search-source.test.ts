import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { reindexOrganisation } from '../search/index.ts';
import { saveVersion, storyTestProcess } from './test-support.ts';

interface Hit {
  kind: string;
  path: string;
  title: string;
}

describe('the story in the site search: paragraphs and comments of public versions', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let key: string;
  const search = async (q: string, kind?: string) => {
    const answer = await test.client().api('GET', `/api/v1/search?q=${encodeURIComponent(q)}${kind ? `&kind=${kind}` : ''}`);
    assert.equal(answer.status, 200, answer.text);
    return answer.json<{ items: Hit[] }>().items;
  };
  const reindex = () => reindexOrganisation(test.context, test.demo.organisationId as string);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    await saveVersion(admin, slug, 0, [{ fi: 'Kaupunki rakentaa aaltopuiston satamaan.', sv: 'Staden bygger en vågpark i hamnen.' }]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    key = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]!.key;
  });
  after(() => test.close());

  it('a draft is not found; once put out for comments its paragraphs are, in each language, at their anchor', async () => {
    await reindex();
    assert.deepEqual(await search('aaltopuiston'), []);
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
    await reindex();
    const hits = await search('aaltopuiston', 'story');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]?.path, `/fi/processes/${slug}/story#story-${key}`);
    assert.equal((await search('vågpark')).length, 1);
  });

  it('a published comment is found as a comment; a hidden one never', async () => {
    const visitor = test.client();
    const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, {
      blockKey: key,
      body: 'Kuuluuko kiviaitakin mukaan?',
    });
    assert.equal(sent.status, 201);
    await reindex();
    const hits = await search('kiviaitakin', 'comment');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]?.title, 'Kommentti tarinaan');
    const id = sent.json<{ id: string }>().id;
    const hidden = await admin.api('POST', `/api/v1/processes/${slug}/story/comments/${id}/moderation`, {
      decision: 'hide',
      reason: 'testi',
    });
    assert.equal(hidden.status, 204);
    assert.deepEqual(await search('kiviaitakin'), [], 'asked again before it is shown');
  });
});
