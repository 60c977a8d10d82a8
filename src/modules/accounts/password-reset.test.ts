import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { authenticate } from './index.ts';
import { hashToken } from './sessions.ts';

const LINK = /(http:\/\/127\.0\.0\.1:\d+)\/(fi|sv|en)\/password-reset\/([A-Za-z0-9_-]+)/;
const START = '2026-03-02T08:00:00.000Z';
const NEW_PASSWORD = 'a brand new long passphrase';

describe('password reset by e-mail link', () => {
  const clock = fixedClock(START);
  let smtp: TestSmtpServer;
  let test: TestApp;
  // Rate limits count per client address across all three languages; each test
  // plays its own visitor (behind a trusted proxy) so earlier tests do not use up its allowance.
  let nextAddress = 1;
  function client() {
    nextAddress += 1;
    return test.client({ 'x-forwarded-for': `192.0.2.${nextAddress}` });
  }

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@tarina.test>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { TRUST_PROXY: '1' } });
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const organisationId = () => test.demo.organisationId as string;
  /** The first mail to `email` among those received after the first `skip` messages. */
  const mailTo = (email: string, skip = 0) => smtp.waitForMessage((mail) => smtp.messages.indexOf(mail) >= skip && mail.to.includes(email));
  const linkIn = (text: string) => {
    const match = LINK.exec(text);
    assert.ok(match, `no reset link in: ${text}`);
    return { url: match[0], path: match[0].slice((match[1] ?? '').length), locale: match[2], token: match[3] ?? '' };
  };
  async function requestLink(email: string, locale = 'fi') {
    const skip = smtp.messages.length;
    const response = await client().postForm(`/${locale}/password-reset`, { email });
    assert.equal(response.status, 200);
    return linkIn((await mailTo(email, skip)).text);
  }

  it('answers a known and an unknown address alike, and mails only the known one', async () => {
    const unknown = await client().postForm('/fi/password-reset', { email: 'nobody@demo.tarina.invalid' });
    const known = await client().postForm('/fi/password-reset', { email: 'resident@demo.tarina.invalid' });
    assert.equal(unknown.status, 200);
    assert.equal(known.status, 200);
    const notice = (text: string) => /<div class="notice notice--success" role="status">([\s\S]*?)<\/div>/.exec(text)?.[1];
    assert.match(notice(known.text) ?? '', /Jos osoitteella on tili/);
    assert.equal(notice(unknown.text), notice(known.text));
    await mailTo('resident@demo.tarina.invalid');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(smtp.messages.filter((mail) => mail.to.includes('nobody@demo.tarina.invalid')).length, 0);
  });

  it('mails an absolute one-hour link in the user’s language and stores only its hash', async () => {
    await test.context.db.updateTable('users').set({ locale: 'sv' }).where('email', '=', 'moderator@demo.tarina.invalid').execute();
    const response = await client().postForm('/en/password-reset', { email: 'moderator@demo.tarina.invalid' });
    assert.equal(response.status, 200);
    const mail = await mailTo('moderator@demo.tarina.invalid');
    assert.equal(mail.subject, 'Byte av lösenord – Raumo stad');
    assert.match(mail.text, /Länken gäller i en timme/);
    const link = linkIn(mail.text);
    assert.equal(link.url.startsWith(`${test.baseUrl}/sv/password-reset/`), true);
    const rows = await test.context.db.selectFrom('password_resets').selectAll().execute();
    const row = rows.find((candidate) => candidate.id === hashToken(link.token));
    assert.ok(row, 'the reset is stored under the SHA-256 of its token');
    assert.equal(Date.parse(row.expires_at) - Date.parse(START), 3_600_000);
    assert.equal(
      rows.some((candidate) => JSON.stringify(candidate).includes(link.token)),
      false,
    );
  });

  it('sets a new password through the link, signs in, ends every other session and works only once', async () => {
    const elsewhere = client();
    await elsewhere.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await elsewhere.get('/fi/account')).status, 200);
    const link = await requestLink('resident@demo.tarina.invalid');
    const browser = client();
    const form = await browser.get(link.path);
    assert.equal(form.status, 200);
    assert.match(form.text, /Aseta uusi salasana/);

    const tooShort = await browser.postForm(link.path, { password: 'short' });
    assert.equal(tooShort.status, 422);
    assert.match(tooShort.text, /Kirjoita vähintään 12 merkkiä/);
    const now = clock.now();
    assert.ok(await authenticate(test.context.db, organisationId(), 'resident@demo.tarina.invalid', DEMO_ADMIN.password, now));

    const saved = await browser.postForm(link.path, { password: NEW_PASSWORD });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/fi/account');
    assert.match((await browser.get('/fi/account')).text, /Salasanasi on vaihdettu, ja olet kirjautunut sisään/);
    assert.equal((await elsewhere.get('/fi/account')).status, 303, 'the other session has ended');
    assert.equal(await authenticate(test.context.db, organisationId(), 'resident@demo.tarina.invalid', DEMO_ADMIN.password, now), null);
    assert.ok(await authenticate(test.context.db, organisationId(), 'resident@demo.tarina.invalid', NEW_PASSWORD, now));

    const again = await client().get(link.path);
    assert.equal(again.status, 410);
    assert.match(again.text, /Linkki on jo käytetty/);
    const reused = await client().postForm(link.path, { password: 'yet another long passphrase' });
    assert.equal(reused.status, 410);
    assert.ok(await authenticate(test.context.db, organisationId(), 'resident@demo.tarina.invalid', NEW_PASSWORD, now));
  });

  it('refuses an expired link with 410 and changes nothing; an unknown link answers 404', async () => {
    const link = await requestLink('analyst@demo.tarina.invalid');
    clock.set(new Date(Date.parse(START) + 61 * 60_000));
    try {
      const expired = await client().get(link.path);
      assert.equal(expired.status, 410);
      assert.match(expired.text, /Linkki on vanhentunut/);
      const posted = await client().postForm(link.path, { password: NEW_PASSWORD });
      assert.equal(posted.status, 410);
      const stillOld = await authenticate(
        test.context.db,
        organisationId(),
        'analyst@demo.tarina.invalid',
        DEMO_ADMIN.password,
        clock.now(),
      );
      assert.ok(stillOld);
    } finally {
      clock.set(START);
    }
    const unknown = await client().get('/fi/password-reset/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    assert.equal(unknown.status, 404);
    assert.match(unknown.text, /Linkkiä ei tunnisteta/);
    assert.equal((await client().get('/fi/password-reset/not%20a%20token')).status, 404);
  });

  it('sends at most three pending links to one account', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await client().postForm('/en/password-reset', { email: 'facilitator@demo.tarina.invalid' });
      assert.equal(response.status, 200);
      assert.match(response.text, /If there is an account with this address/);
    }
    await smtp.waitForMessage(() => smtp.messages.filter((mail) => mail.to.includes('facilitator@demo.tarina.invalid')).length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(smtp.messages.filter((mail) => mail.to.includes('facilitator@demo.tarina.invalid')).length, 3);
  });

  it('answers a malformed address with 422 in the page language and sends nothing', async () => {
    const before = smtp.messages.length;
    const response = await client().postForm('/fi/password-reset', { email: 'not an address' });
    assert.equal(response.status, 422);
    assert.match(response.text, /Anna sähköpostiosoite muodossa/);
    assert.equal(smtp.messages.length, before);
  });

  it('limits requests from one address: the sixth within 15 minutes answers 429, localized', async () => {
    const visitor = client();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const locale = ['fi', 'sv', 'en'][attempt % 3];
      assert.equal((await visitor.postForm(`/${locale}/password-reset`, { email: `nobody${attempt}@demo.tarina.invalid` })).status, 200);
    }
    const limited = await visitor.postForm('/sv/password-reset', { email: 'nobody6@demo.tarina.invalid' });
    assert.equal(limited.status, 429);
    assert.match(limited.text, /För många försök på kort tid/);
  });
});
