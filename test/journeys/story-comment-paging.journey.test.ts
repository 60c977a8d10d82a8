/**
 * A paragraph with more comments than a page shows, read without scripts and with the keyboard only:
 * the visitor tabs to "show more", follows it with Enter, lands on the first comment not shown before,
 * and the next Tab goes on from there (to the paragraph's comment button), not from the top of the page.
 */
import assert from 'node:assert/strict';
import type { LiveDemoState } from '../../src/demo/rauma-live.ts';
import { newId } from '../../src/platform/db/ids.ts';
import { type Journey, journey } from './support/journey.ts';

const PARAGRAPH = 'Rauma on meren kaupunki.';
const COMMENTS = 7;

/** The live process's story out for comments, its one paragraph with seven comments a minute apart; answers its path and key. */
async function storyWithComments(journey: Journey): Promise<{ story: string; key: string }> {
  const live = journey.app.demo.live as LiveDemoState;
  const admin = await journey.app.adminClient();
  const saved = await admin.api('POST', `/api/v1/processes/${live.processSlug}/story/versions`, {
    baseNumber: 0,
    changelog: { fi: 'Ensimmäinen luonnos' },
    blocks: [{ kind: 'paragraph', text: { fi: PARAGRAPH } }],
  });
  assert.equal(saved.status, 201);
  const period = { closesAt: '2099-12-31T12:00', audience: 'anyone' };
  assert.equal((await admin.api('PUT', `/api/v1/processes/${live.processSlug}/story/versions/1/comment-period`, period)).status, 204);
  const { db } = journey.app.context;
  const version = await db
    .selectFrom('story_versions')
    .select(['id', 'organisation_id'])
    .where('process_id', '=', live.processId)
    .executeTakeFirstOrThrow();
  const block = await db.selectFrom('story_blocks').select('block_key').where('version_id', '=', version.id).executeTakeFirstOrThrow();
  const start = Date.parse('2026-06-01T09:00:00Z');
  await db
    .insertInto('story_comments')
    .values(
      Array.from({ length: COMMENTS }, (_, index) => ({
        id: newId(),
        organisation_id: version.organisation_id,
        process_id: live.processId,
        version_id: version.id,
        block_key: block.block_key,
        passage: null,
        body: `Kommentti numero ${index + 1}.`,
        language: 'fi',
        author_user_id: null,
        participant_key: `journey-${index}`,
        status: 'published' as const,
        response_id: null,
        notify_on_response: 0,
        hidden_reason: null,
        moderated_by_user_id: null,
        moderated_at: null,
        created_at: new Date(start + index * 60_000).toISOString(),
      })),
    )
    .execute();
  return { story: `/fi/processes/${live.processSlug}/story`, key: block.block_key };
}

journey(
  'a visitor shows more of a paragraph’s comments with the keyboard, without scripts, and goes on from where they were',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const { story, key } = await storyWithComments(journey);

    await journey.open(story);
    await main.getByText(fi('story.comments.shownOf', { shown: 5, count: COMMENTS })).waitFor();
    assert.equal(await main.getByText('Kommentti numero 6.').count(), 0, 'the sixth is on the next page');
    const more = main.getByRole('link', { name: `${fi('story.comments.more')} ${fi('story.comments.buttonWhich', { number: 1 })}` });
    await journey.tabTo(more);
    await journey.follow(() => page.keyboard.press('Enter'));

    const url = new URL(page.url());
    assert.equal(url.pathname, story);
    assert.equal(url.hash, `#story-comments-${key}-6`);
    assert.equal(
      await page.evaluate(() => document.querySelector(':target')?.querySelector('.story-comment__body')?.textContent),
      'Kommentti numero 6.',
    );
    await main.getByText('Kommentti numero 7.').waitFor();
    assert.equal(await main.getByRole('link', { name: new RegExp(fi('story.comments.more')) }).count(), 0, 'all are shown');

    // The next Tab starts from the sixth comment: it reaches the paragraph's comment button, after the comments.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-story-comment'));
    assert.equal(focused, key);
  },
  { withoutScripts: true },
);
