import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

const RESIDENT = 'resident@demo.tarina.invalid';
const unsubscribeIn = (text: string) => /https?:\/\/\S+\/story\/unsubscribe\/[A-Za-z0-9_.-]+/.exec(text)?.[0] ?? '';

describe('response mails: a commenter who asked is mailed when the comment is answered, and can stop it', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let resident: TestClient;
  let slug: string;
  let key: string;

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, mailer, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    resident = await demoClient(test, 'resident');
    slug = storyTestProcess(test).processSlug;
    await saveVersion(admin, slug, 0, [{ fi: 'Rauma on vanha kaupunki meren rannalla.' }]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    key = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]!.key;
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const comment = async (client: TestClient, body: string, notify: boolean) => {
    const form = await client.get(`/fi/processes/${slug}/story/comment?block=${key}`);
    assert.equal(form.status, 200);
    const sent = await client.postForm(`/fi/processes/${slug}/story/comments`, {
      blockKey: key,
      body,
      ...(notify ? { notify: 'yes' } : {}),
    });
    assert.equal(sent.status, 303);
    const row = await test.context.db
      .selectFrom('story_comments')
      .select(['id', 'notify_on_response'])
      .where('body', '=', body)
      .executeTakeFirstOrThrow();
    return row;
  };
  const respond = (ids: string[], publish: boolean) =>
    admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: ids,
      outcome: 'out_of_scope',
      text: { fi: 'Asia kuuluu yleiskaavaan.' },
      publish,
    });

  it('the form offers the opt-in only to the signed-in; a visitor’s comment never asks for mail', async () => {
    assert.match((await resident.get(`/fi/processes/${slug}/story/comment?block=${key}`)).text, /name="notify"/);
    const visitor = test.client();
    assert.doesNotMatch((await visitor.get(`/fi/processes/${slug}/story/comment?block=${key}`)).text, /name="notify"/);
    const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body: 'Vierailija', notify: true });
    assert.equal(sent.status, 201);
    const row = await test.context.db
      .selectFrom('story_comments')
      .select('notify_on_response')
      .where('body', '=', 'Vierailija')
      .executeTakeFirstOrThrow();
    assert.equal(row.notify_on_response, 0);
  });

  it('a refused comment comes back (422) with the opt-in as ticked', async () => {
    await resident.get(`/fi/processes/${slug}/story/comment?block=${key}`);
    const refused = await resident.postForm(`/fi/processes/${slug}/story/comments`, { blockKey: key, body: ' ', notify: 'yes' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /name="notify" value="yes" checked/);
  });

  it('a published response mails the commenter who asked (in their language, with one-click unsubscribe); not one who did not', async () => {
    const asked = await comment(resident, 'Pyydän vastausta sähköpostiin.', true);
    const silent = await comment(resident, 'Ei sähköpostia tästä.', false);
    assert.equal(asked.notify_on_response, 1);
    assert.equal(silent.notify_on_response, 0);
    assert.equal((await respond([silent.id], true)).status, 201);
    assert.equal((await respond([asked.id], true)).status, 201);
    const mail = await smtp.waitForMessage((message) => message.to.includes(RESIDENT));
    assert.match(mail.subject, /Kommenttisi sai vastineen/);
    assert.match(mail.text, /Ei koske tarinaa/);
    assert.match(mail.text, /Pyydän vastausta sähköpostiin\./);
    assert.match(mail.text, new RegExp(`/fi/processes/${slug}/story#story-${key}`));
    assert.ok(mail.parsed.headerLines.some((entry) => entry.key === 'list-unsubscribe-post' && /One-Click/.test(entry.line)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(smtp.messages.filter((message) => message.to.includes(RESIDENT)).length, 1, 'only the comment that asked is mailed');
  });

  it('an unpublished response mails no one', async () => {
    const before = smtp.messages.length;
    const asked = await comment(resident, 'Toinen pyyntö.', true);
    assert.equal((await respond([asked.id], false)).status, 201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(smtp.messages.length, before);
  });

  it('a response published later, after the period closed, mails once: through the register’s button, or the API; a second publish is 409 and mails no one', async () => {
    const mine = () => smtp.messages.filter((message) => message.to.includes(RESIDENT)).length;
    const first = await comment(resident, 'Vastatkaa myöhemmin.', true);
    const second = await comment(resident, 'Tämäkin myöhemmin.', true);
    const saved = await respond([first.id], false);
    const savedToo = await respond([second.id], false);
    const [id, idToo] = [saved.json<{ id: string }>().id, savedToo.json<{ id: string }>().id];
    const closed = await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, {
      audience: 'anyone',
      closesAt: '2020-01-01T00:00',
    });
    assert.equal(closed.status, 204, closed.text);
    const before = mine();
    const register = await admin.get(`/fi/processes/${slug}/story/responses`);
    assert.match(register.text, new RegExp(`action="/fi/processes/${slug}/story/responses/${id}/publish"`));
    const published = await admin.postForm(`/fi/processes/${slug}/story/responses/${id}/publish`, {});
    assert.equal(published.status, 303, published.text);
    const mail = await smtp.waitForMessage((message) => message.to.includes(RESIDENT) && /Vastatkaa myöhemmin\./.test(message.text));
    assert.match(mail.subject, /Kommenttisi sai vastineen/);
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/story/responses/${idToo}/publish`)).status, 204);
    await smtp.waitForMessage((message) => message.to.includes(RESIDENT) && /Tämäkin myöhemmin\./.test(message.text));
    const again = await admin.api('POST', `/api/v1/processes/${slug}/story/responses/${id}/publish`);
    assert.equal(again.status, 409);
    assert.match(again.text, /jo julkaistu/);
    assert.equal((await resident.api('POST', `/api/v1/processes/${slug}/story/responses/${idToo}/publish`)).status, 403);
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/story/responses/nope/publish`)).status, 404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mine(), before + 2, 'one mail per published response, none for the refused second publish');
    const story = await test.client().get(`/fi/processes/${slug}/story`);
    assert.match(story.text, /Vastatkaa myöhemmin\./);
    assert.doesNotMatch(story.text, /ei vielä julkaistu/);
  });

  it('the unsubscribe link: a GET asks, a one-click POST without session or token stops the mails; a forged token is 410', async () => {
    const mail = smtp.messages.find((message) => message.to.includes(RESIDENT));
    const link = new URL(unsubscribeIn(mail?.text ?? ''));
    const page = await test.client().get(link.pathname);
    assert.equal(page.status, 200);
    assert.match(page.text, /Lopetetaanko sähköpostit/);
    const oneClick = { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    const stopped = await test.client().request('POST', link.pathname, oneClick);
    assert.equal(stopped.status, 200, stopped.text);
    assert.match(stopped.text, /Et saa enää sähköpostia/);
    const rows = await test.context.db
      .selectFrom('story_comments')
      .select('notify_on_response')
      .where('body', '=', 'Toinen pyyntö.')
      .execute();
    assert.deepEqual(
      rows.map((row) => row.notify_on_response),
      [0],
    );
    const forged = await test.client().request('POST', link.pathname.replace(/\.[^.]+$/, '.AAAA'), oneClick);
    assert.equal(forged.status, 410);
  });
});
