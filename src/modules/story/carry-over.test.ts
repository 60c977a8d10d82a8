import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { carryComments } from './carry-over.ts';
import type { Block, Version } from './model.ts';
import type { StoryComment } from './queries/list-comments.ts';
import { saveVersion, storyTestProcess } from './test-support.ts';

const version = (id: string, number: number): Version => ({
  id,
  processId: 'p',
  number,
  changelog: { fi: '' },
  status: 'draft',
  comments: null,
  createdAt: '',
});
const paragraph = (key: string): Block => ({ key, kind: 'paragraph', text: { fi: key }, translationsBehind: [] });
const comment = (id: string, versionId: string, blockKey: string): StoryComment => ({
  id,
  versionId,
  blockKey,
  passage: null,
  body: id,
  language: 'fi',
  responseId: null,
  createdAt: '',
});

describe('carryComments: comments follow their paragraph’s key to later versions', () => {
  const versions = [version('v1', 1), version('v2', 2), version('v3', 3)];
  const comments = [comment('a', 'v1', 'kept'), comment('b', 'v1', 'gone'), comment('c', 'v2', 'kept'), comment('d', 'v3', 'kept')];

  it('keeps a surviving key’s comments with their version numbers, lists removed paragraphs’ apart, leaves later versions’ out', () => {
    const carried = carryComments(comments, versions[1]!, [paragraph('kept')], versions);
    assert.deepEqual(
      carried.byBlock.get('kept')?.map((item) => [item.id, item.versionNumber]),
      [
        ['a', 1],
        ['c', 2],
      ],
    );
    assert.deepEqual(
      carried.removed.map((item) => [item.id, item.versionNumber]),
      [['b', 1]],
    );
  });

  it('a heading with the same key does not take a paragraph’s comments; unknown versions are left out', () => {
    const carried = carryComments(
      [...comments, comment('x', 'v9', 'kept')],
      versions[0]!,
      [{ ...paragraph('gone'), kind: 'heading' }],
      versions,
    );
    assert.equal(carried.byBlock.size, 0);
    assert.deepEqual(
      carried.removed.map((item) => item.id),
      ['a', 'b'],
    );
  });
});

describe('carry-over on the story page', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
  });
  after(() => test.close());

  it('a new version keeps the comments of a surviving paragraph (“made on version 1”) and lists the removed one’s', async () => {
    await saveVersion(admin, slug, 0, [{ fi: 'Meri on Rauman sydän.' }, { fi: 'Tämä kappale poistetaan.' }]);
    const first = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    const keys = first.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks.map((block) => block.key);
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
    const visitor = test.client();
    for (const [key, body] of [
      [keys[0], 'Meri on tärkeä.'],
      [keys[1], 'Turha kappale.'],
    ]) {
      assert.equal((await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body })).status, 201);
    }
    await saveVersion(admin, slug, 1, [{ key: keys[0], fi: 'Meri on Rauman sydän ja tulevaisuus.' }]);
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/2/comment-period`, { audience: 'anyone' })).status, 204);
    const page = await test.client().get(`/fi/processes/${slug}/story`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Meri on Rauman sydän ja tulevaisuus\./);
    assert.match(page.text, /Meri on tärkeä\.[\s\S]*tehty versioon 1/);
    assert.match(page.text, /Kommentit poistettuihin kappaleisiin \(1\)[\s\S]*Turha kappale\./);
    assert.match(page.text, new RegExp(`href="/fi/processes/${slug}/story/versions/1#story-${keys[1]}">poistettu kappale, versio 1`));
  });
});
