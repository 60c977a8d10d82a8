/**
 * The story's comment period in a browser: a resident on a phone comments on a paragraph with the
 * keyboard only (the per-paragraph button, no text selection), and an editor answers the comment
 * from the response register; the resident then sees the official response under the comment.
 */
import assert from 'node:assert/strict';
import type { LiveDemoState } from '../../src/demo/rauma-live.ts';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

const PARAGRAPH = 'Satama ja vanha kaupunki kuuluvat yhteen.';
const COMMENT = 'Satamasta pitäisi päästä kävellen Vanhaan Raumaan.';
const RESPONSE = 'Kävely-yhteys satamasta keskustaan kirjataan kohtaan.';

/** The live process's story: a version out for comments for anyone until 2099 (made over HTTP; the journey is about commenting). */
async function storyOpenForComments(journey: Journey): Promise<string> {
  const slug = (journey.app.demo.live as LiveDemoState).processSlug;
  const admin = await journey.app.adminClient();
  const saved = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
    baseNumber: 0,
    changelog: { fi: 'Ensimmäinen luonnos' },
    blocks: [
      { kind: 'heading', text: { fi: 'Visio' } },
      { kind: 'paragraph', text: { fi: PARAGRAPH } },
    ],
  });
  assert.equal(saved.status, 201);
  const period = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
    closesAt: '2099-12-31T12:00',
    audience: 'anyone',
  });
  assert.equal(period.status, 204);
  return `/fi/processes/${slug}/story`;
}

journey(
  'a resident on a phone comments on a paragraph with the keyboard, and an editor answers it from the register',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const story = await storyOpenForComments(journey);
    const main = page.getByRole('main');

    // The resident reaches the paragraph's own comment button by Tab and opens its form with Enter.
    await journey.open(story);
    await main.getByText(fi('story.status.invitation')).waitFor();
    const button = main.getByRole('link', { name: `${fi('story.comments.button')} ${fi('story.comments.buttonWhich', { number: 1 })}` });
    await journey.tabTo(button);
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, `${story}/comment`);
    await main.getByText(PARAGRAPH).first().waitFor();

    // The comment is typed and sent with the keyboard.
    await journey.tabTo(main.getByLabel(fi('story.comment.body')));
    await page.keyboard.type(COMMENT);
    await journey.tabTo(main.getByRole('button', { name: fi('story.comment.submit') }));
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, story);
    await page.getByText(fi('story.comment.saved')).waitFor();
    await main.getByText(COMMENT).waitFor();

    // The editor signs in and answers the comment from the register.
    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
    await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
    await journey.open(`${story}/responses`);
    await main.getByRole('checkbox', { name: new RegExp(COMMENT) }).check();
    await main.getByLabel(fi('story.responses.outcome')).selectOption({ label: fi('story.response.outcome.partly') });
    await main
      .getByRole('group', { name: fi('story.responses.text') })
      .getByLabel(fi('platform.language.fi'))
      .fill(RESPONSE);
    await main.getByLabel(fi('story.responses.publish')).check();
    await journey.follow(() => main.getByRole('button', { name: fi('story.responses.submit') }).click());
    assert.equal(new URL(page.url()).pathname, `${story}/responses`);

    // The story shows the official response under the comment.
    await journey.open(story);
    await main.getByText(RESPONSE).waitFor();
    await main
      .getByText(fi('story.response.official', { outcome: fi('story.response.outcome.partly') }))
      .first()
      .waitFor();
  },
  { viewport: PHONE },
);
