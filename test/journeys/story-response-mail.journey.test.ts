/**
 * A resident comments on the story and asks to be mailed when it is answered; an editor saves the
 * official response unpublished, then publishes it later from the response register. The resident
 * gets exactly one mail (through a real SMTP server in the test process), whose link leads to the
 * response under the comment. axe checks every page on the way.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { demoAccount } from '../../src/demo/demo-accounts.ts';
import type { LiveDemoState } from '../../src/demo/rauma-live.ts';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { createMailer } from '../../src/platform/mail/mailer.ts';
import { startTestSmtpServer } from '../../src/platform/testing/smtp-server.ts';
import { startTestApp } from '../../src/platform/testing/test-app.ts';
import { launchChromium } from './support/browser.ts';
import { Journey, PHONE } from './support/journey.ts';
import { saveScreenshots } from './support/screenshots.ts';

const PARAGRAPH = 'Rauma on meren kaupunki, ja satama on sen sydän.';
const COMMENT = 'Sataman melu pitää mainita, kun puhutaan asumisesta.';
const RESPONSE = 'Melu otetaan esiin asumisen kappaleessa seuraavassa versiossa.';

const world = (async () => {
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
  const app = await startTestApp({ demo: true, mailer });
  return { smtp, app, browser: await launchChromium() };
})();
after(async () => {
  const { smtp, app, browser } = await world;
  await browser.close();
  await app.close();
  await smtp.close();
});

test('an editor publishes a response later and the commenter who asked gets one mail', async (t) => {
  const { smtp, app, browser } = await world;
  const context = await browser.newContext({ viewport: PHONE });
  const journey = new Journey(await context.newPage(), app);
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const signIn = async (email: string, password: string) => {
    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(email);
    await main.getByLabel(fi('accounts.field.password')).fill(password);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
  };
  try {
    // The live process's story, out for comments (made over HTTP: the journey is about the mail).
    const slug = (app.demo.live as LiveDemoState).processSlug;
    const admin = await app.adminClient();
    const saved = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
      baseNumber: 0,
      changelog: { fi: 'Ensimmäinen luonnos' },
      blocks: [{ kind: 'paragraph', text: { fi: PARAGRAPH } }],
    });
    assert.equal(saved.status, 201);
    const period = { closesAt: '2099-12-31T12:00', audience: 'anyone' };
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, period)).status, 204);
    const story = `/fi/processes/${slug}/story`;

    // The resident comments and ticks "e-mail me when answered".
    const resident = demoAccount('resident');
    await signIn(resident.email, resident.password);
    await journey.open(story);
    await journey.follow(() => main.getByRole('link', { name: new RegExp(fi('story.comments.button')) }).click());
    await main.getByLabel(fi('story.comment.body')).fill(COMMENT);
    await main.getByLabel(fi('story.comment.notify')).check();
    await journey.follow(() => main.getByRole('button', { name: fi('story.comment.submit') }).click());
    await page.getByText(fi('story.comment.saved')).waitFor();

    // The editor saves the response without publishing it: no mail yet.
    await context.clearCookies();
    await signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    await journey.open(`${story}/responses`);
    await main.getByRole('checkbox', { name: new RegExp(COMMENT) }).check();
    await main.getByLabel(fi('story.responses.outcome')).selectOption({ label: fi('story.response.outcome.taken') });
    await main
      .getByRole('group', { name: fi('story.responses.text') })
      .getByLabel(fi('platform.language.fi'))
      .fill(RESPONSE);
    await main.getByLabel(fi('story.responses.changed')).selectOption({ index: 1 });
    await main.getByLabel(fi('story.responses.publish')).uncheck();
    await journey.follow(() => main.getByRole('button', { name: fi('story.responses.submit') }).click());
    await main.getByText(fi('story.response.unpublished')).first().waitFor();
    const toResident = () => smtp.messages.filter((mail) => mail.to.includes(resident.email));
    assert.equal(toResident().length, 0, 'an unpublished response mails no one');

    // Later the editor publishes it from the register: the resident gets one mail.
    await journey.follow(() => main.getByRole('button', { name: fi('story.response.publish') }).click());
    await page.getByText(fi('story.response.published')).waitFor();
    assert.equal(await main.getByRole('button', { name: fi('story.response.publish') }).count(), 0, 'published once');
    const mail = await smtp.waitForMessage((message) => message.to.includes(resident.email));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(toResident().length, 1, 'exactly one mail');
    assert.match(mail.text, new RegExp(COMMENT));

    // The mail's link leads to the story, where the response stands under the comment.
    const link = /https?:\/\/\S+\/story(?:#\S*)?(?=\s)/.exec(mail.text)?.[0];
    assert.ok(link, mail.text);
    await journey.open(new URL(link).pathname);
    await main.getByText(RESPONSE).waitFor();
    journey.expectAllChecked();
  } catch (error) {
    const folder = await saveScreenshots('story-response-mail', context, journey.snapshots, page);
    t.diagnostic(`screenshots of the pages this journey visited: ${folder}`);
    throw error;
  } finally {
    await context.close();
  }
});
