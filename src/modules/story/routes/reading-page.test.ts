import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { newId } from '../../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { saveVersion, storyTestProcess } from '../test-support.ts';

describe('story: the reading page pages each paragraph’s comments (show more, no script needed)', () => {
  let test: TestApp;
  let base: string;
  let keys: string[];

  before(async () => {
    test = await startTestApp({ demo: true });
    const admin = await test.adminClient();
    const { processId, processSlug } = storyTestProcess(test);
    base = `/fi/processes/${processSlug}/story`;
    await saveVersion(admin, processSlug, 0, [{ fi: 'Ensimmäinen kappale.' }, { fi: 'Toinen kappale.' }]);
    const period = { closesAt: '2099-12-31T12:00', audience: 'anyone' };
    assert.equal((await admin.postForm(`${base}/versions/1/comment-period`, period)).status, 303);
    const story = await admin.api('GET', `/api/v1/processes/${processSlug}/story`);
    const current = story.json<{ current: { id: string; blocks: Array<{ key: string }> } }>().current;
    keys = current.blocks.map((block) => block.key);
    const version = await test.context.db
      .selectFrom('story_versions')
      .select(['id', 'organisation_id'])
      .where('process_id', '=', processId)
      .where('number', '=', 1)
      .executeTakeFirstOrThrow();
    // 12 comments on the first paragraph and 2 on the second, a second apart so their order is known.
    const start = Date.parse('2026-01-01T00:00:00Z');
    const rows = Array.from({ length: 14 }, (_, index) => ({
      id: newId(),
      organisation_id: version.organisation_id,
      process_id: processId,
      version_id: version.id,
      block_key: (index < 12 ? keys[0] : keys[1]) ?? '',
      passage: null,
      body: `Sivutettu kommentti ${index + 1}.`,
      language: 'fi',
      author_user_id: null,
      participant_key: `paging-${index}`,
      status: 'published' as const,
      response_id: null,
      notify_on_response: 0,
      hidden_reason: null,
      moderated_by_user_id: null,
      moderated_at: null,
      created_at: new Date(start + index * 1000).toISOString(),
    }));
    await test.context.db.insertInto('story_comments').values(rows).execute();
  });
  after(() => test.close());

  const bodies = (html: string, key: string) =>
    parse(html)
      .querySelectorAll(`[data-story-block="${key}"] .story-comment__body`)
      .map((body) => body.text);
  const moreLink = (html: string, key: string) =>
    parse(html).querySelector(`[data-story-block="${key}"] .story-comments__more a`)?.getAttribute('href');

  it('shows the first five of a paragraph’s comments, how many there are, and a link to more landing on the sixth', async () => {
    const page = await test.client().get(base);
    assert.equal(page.status, 200);
    assert.deepEqual(
      bodies(page.text, keys[0]!),
      [1, 2, 3, 4, 5].map((n) => `Sivutettu kommentti ${n}.`),
    );
    assert.match(page.text, /Näytetään 5\/12 kommenttia\./);
    assert.equal(moreLink(page.text, keys[0]!), `${base}?paragraph=${keys[0]}&page=2#story-comments-${keys[0]}-6`);
    assert.equal(bodies(page.text, keys[1]!).length, 2);
    assert.equal(moreLink(page.text, keys[1]!), undefined, 'a paragraph with all shown has no link');
    assert.match(page.text, /14 kommenttia/, 'the status counts every comment, not those shown');
  });

  it('the link shows the next five of that paragraph only; the sixth is its target, focusable by it; the last page has no link', async () => {
    const visitor = test.client();
    const second = await visitor.get(`${base}?paragraph=${keys[0]}&page=2`);
    assert.equal(second.status, 200);
    assert.equal(bodies(second.text, keys[0]!).length, 10);
    const target = parse(second.text).getElementById(`story-comments-${keys[0]}-6`);
    assert.equal(target?.querySelector('.story-comment__body')?.text, 'Sivutettu kommentti 6.');
    assert.equal(target?.getAttribute('tabindex'), '-1');
    assert.equal(moreLink(second.text, keys[0]!), `${base}?paragraph=${keys[0]}&page=3#story-comments-${keys[0]}-11`);
    const last = await visitor.get(`${base}?paragraph=${keys[0]}&page=3`);
    assert.equal(bodies(last.text, keys[0]!).length, 12);
    assert.equal(moreLink(last.text, keys[0]!), undefined);
    assert.equal(bodies((await visitor.get(`${base}?paragraph=${keys[0]}&page=999`)).text, keys[0]!).length, 12, 'past the end: all');
  });

  it('bad input: a page that is not a number is 422 with a message, a paragraph the version lacks is 404', async () => {
    const visitor = test.client();
    const wrong = await visitor.get(`${base}?paragraph=${keys[0]}&page=kaksi`);
    assert.equal(wrong.status, 422);
    assert.equal((await visitor.get(`${base}?page=0`)).status, 422);
    assert.equal((await visitor.get(`${base}?paragraph=no-such-paragraph&page=2`)).status, 404);
  });
});
