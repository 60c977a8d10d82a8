import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { sendDigests } from './digest/send-digests.ts';

const SEEDED = new Date('2026-03-02T08:00:00.000Z');
/** Three years after the demo's live round: nothing of the demo happens around here. */
const LATER = new Date('2029-06-04T06:00:00.000Z');
const DAY = 86_400_000;
const STAFF = { email: 'staff@demo.tarina.invalid', password: 'rauma-2013-demo' };

/** A header as sent (mailparser folds the List-* headers into a structure). */
const rawHeader = (mail: ReceivedMail, name: string) => {
  const line = mail.parsed.headerLines.find((entry) => entry.key === name)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).trim();
};

const linkIn = (mail: ReceivedMail, pattern: RegExp) => {
  const found = pattern.exec(mail.text);
  assert.ok(found?.[0], `no link like ${pattern} in “${mail.text}”`);
  return new URL(found[0]).pathname;
};

describe('following a process: double opt-in, daily digests, one-click unsubscribe', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let slug: string;
  let processId: string;
  const clock = fixedClock(SEEDED);
  const runDigests = () => sendDigests(test.context, { signal: new AbortController().signal, now: clock.now(), log: () => {} });
  const mailsTo = (address: string) => smtp.messages.filter((mail) => mail.to.includes(address));

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { PUBLIC_URL: 'https://osallistu.example.fi' } });
    slug = test.demo.processSlug as string;
    processId = test.demo.processId as string;
    clock.set(LATER);
    await runDigests(); // whatever the demo's followers (none) had due
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('links the follow page from the process page', async () => {
    const page = await test.client().get(`/fi/processes/${slug}`);
    assert.match(page.text, new RegExp(`href="/fi/processes/${slug}/follow"`));
  });

  let token = '';
  it('sends nothing but a confirmation link before it is used, and the link works once', async () => {
    const visitor = test.client();
    const form = await visitor.get(`/sv/processes/${slug}/follow`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="email"/);
    const sent = await visitor.postForm(`/sv/processes/${slug}/follow/email`, { email: 'Lisa@Example.org' });
    assert.equal(sent.status, 303);
    const confirmation = await smtp.waitForMessage((mail) => mail.to.includes('lisa@example.org'));
    assert.match(confirmation.subject, /^Bekräfta att du följer processen/);
    const path = linkIn(confirmation, /https:\/\/osallistu\.example\.fi\/sv\/follows\/confirm\/\S+/);
    // Something happens before the confirmation: no digest goes to an unconfirmed address.
    await publishNews('2029-06-04T12:00:00.000Z');
    clock.set(new Date(LATER.getTime() + 2 * DAY));
    await runDigests();
    assert.equal(mailsTo('lisa@example.org').length, 1);
    // The link's page asks (a scanner's GET confirms nothing); its button confirms, once.
    const page = await visitor.get(path);
    assert.equal(page.status, 200);
    assert.match(page.text, /Bekräfta/);
    assert.equal((await visitor.postForm(path, {})).status, 200);
    const again = await visitor.postForm(path, {});
    assert.equal(again.status, 410);
    assert.match(again.text, /Länken är redan använd/);
    assert.equal((await visitor.get(path)).status, 410);
    token = path.split('/').pop() ?? '';
    const row = await test.context.db.selectFrom('follows').selectAll().where('email', '=', 'lisa@example.org').executeTakeFirstOrThrow();
    assert.equal(row.locale, 'sv');
    assert.ok(row.confirmed_at);
    const tokens = await test.context.db.selectFrom('follow_tokens').select('token_hash').where('follow_id', '=', row.id).execute();
    assert.ok(tokens.every((entry) => entry.token_hash !== token && /^[0-9a-f]{64}$/.test(entry.token_hash)));
  });

  it('answers the same whether the address follows already, and mails nothing then', async () => {
    const before = mailsTo('lisa@example.org').length;
    const response = await test.client().postForm(`/sv/processes/${slug}/follow/email`, { email: 'lisa@example.org' });
    assert.equal(response.status, 303);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailsTo('lisa@example.org').length, before);
  });

  let digest: ReceivedMail;
  it('sends a digest in the follower’s language with the news, an opened channel and a nearing deadline, and the unsubscribe headers', async () => {
    const confirmedAt = clock.now().getTime();
    await publishNews(new Date(confirmedAt + 2 * 3600_000).toISOString());
    const survey = await test.context.db
      .selectFrom('surveys')
      .select('id')
      .where('process_id', '=', processId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('surveys')
      .set({
        status: 'published',
        audience: 'anyone',
        opens_at: new Date(confirmedAt + 3 * 3600_000).toISOString(),
        closes_at: new Date(confirmedAt + 30 * DAY).toISOString(),
        title: JSON.stringify({ fi: 'Kysely', sv: 'Enkäten om centrum' }),
      })
      .where('id', '=', survey.id)
      .execute();
    const event = await test.context.db
      .selectFrom('events')
      .select('id')
      .where('process_id', '=', processId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('events')
      .set({
        status: 'planned',
        registration_mode: 'open',
        audience: 'public',
        created_at: new Date(confirmedAt - 10 * DAY).toISOString(),
        starts_at: new Date(confirmedAt + 10 * DAY).toISOString(),
        registration_deadline: new Date(confirmedAt + 3.5 * DAY).toISOString(),
        title: JSON.stringify({ fi: 'Tilaisuus', sv: 'Invånarkvällen' }),
      })
      .where('id', '=', event.id)
      .execute();
    clock.set(new Date(confirmedAt + 12 * 3600_000));
    await runDigests();
    assert.equal(mailsTo('lisa@example.org').length, 1, 'no digest before a day has passed');
    clock.set(new Date(confirmedAt + DAY));
    await runDigests();
    digest = await smtp.waitForMessage((mail) => mail.to.includes('lisa@example.org') && /^Nytt i processen/.test(mail.subject));
    assert.match(digest.text, /Nyhet: Nyheten om följandet/);
    assert.match(digest.text, /Öppnades för deltagande: Enkäten om centrum/);
    assert.match(digest.text, /Tidsfristen närmar sig \(.+\): Invånarkvällen/);
    assert.doesNotMatch(digest.text, /Uutinen/);
    const header = rawHeader(digest, 'list-unsubscribe');
    assert.match(header, /^<https:\/\/osallistu\.example\.fi\/sv\/follows\/unsubscribe\/[^>]+>$/);
    assert.equal(rawHeader(digest, 'list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.match(digest.text, /Hantera prenumerationen: https:\/\/osallistu\.example\.fi\/sv\/follows\/manage\//);
  });

  it('sends no second digest the same day, and nothing when nothing happened', async () => {
    const count = mailsTo('lisa@example.org').length;
    clock.set(new Date(clock.now().getTime() + 3600_000));
    await publishNews(new Date(clock.now().getTime() - 60_000).toISOString());
    await runDigests();
    assert.equal(mailsTo('lisa@example.org').length, count, 'a second digest the same day');
    clock.set(new Date(clock.now().getTime() + DAY));
    await runDigests();
    assert.equal(mailsTo('lisa@example.org').length, count + 1, 'the next day’s digest');
    clock.set(new Date(clock.now().getTime() + 40 * DAY));
    await test.context.db.updateTable('surveys').set({ closes_at: null }).where('process_id', '=', processId).execute();
    await runDigests();
    assert.equal(mailsTo('lisa@example.org').length, count + 1, 'a digest with nothing in it');
  });

  it('unsubscribes with one POST to the List-Unsubscribe address, without session or CSRF token, and deletes the row', async () => {
    const url = new URL(rawHeader(digest, 'list-unsubscribe').slice(1, -1));
    const asked = await test.client().get(url.pathname);
    assert.equal(asked.status, 200);
    assert.match(asked.text, /lisa@example\.org/);
    const stranger = test.client();
    const stopped = await stranger.request('POST', url.pathname, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(stopped.status, 200);
    assert.equal((await test.context.db.selectFrom('follows').select('id').where('email', '=', 'lisa@example.org').execute()).length, 0);
    assert.equal((await stranger.get(url.pathname)).status, 410);
    // The exemption is this route's only: the confirmation's form still needs its CSRF token.
    const other = await stranger.request('POST', '/fi/follows/confirm/whatever', {
      body: '',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(other.status, 403);
  });

  it('lets a signed-in person follow with one button and stop, and exports and erases the follows with the account', async () => {
    const staff = test.client();
    await staff.signIn(STAFF.email, STAFF.password);
    const page = await staff.get(`/fi/processes/${slug}/follow`);
    assert.match(page.text, /Seuraa prosessia/);
    assert.doesNotMatch(page.text, /name="email"/);
    assert.equal((await staff.postForm(`/fi/processes/${slug}/follow`, {})).status, 303);
    assert.equal((await staff.postForm(`/fi/processes/${slug}/follow`, {})).status, 303, 'following twice changes nothing');
    assert.match((await staff.get(`/fi/processes/${slug}/follow`)).text, /Seuraat tätä prosessia/);
    const exported = test.context.personalData.find((entry) => entry.module === 'follows');
    const user = await test.context.db
      .selectFrom('users')
      .select(['id', 'organisation_id'])
      .where('email', '=', STAFF.email)
      .executeTakeFirstOrThrow();
    const data = (await exported?.export?.(test.context, { organisationId: user.organisation_id, userId: user.id })) as Array<{
      process: string;
    }>;
    assert.deepEqual(
      data.map((entry) => entry.process),
      [slug],
    );
    assert.equal((await staff.postForm(`/fi/processes/${slug}/unfollow`, {})).status, 303);
    assert.match((await staff.get(`/fi/processes/${slug}/follow`)).text, /Seuraa prosessia<\/button>/);
    assert.equal((await staff.postForm(`/fi/processes/${slug}/follow`, {})).status, 303);
    await test.context.db
      .transaction()
      .execute(
        (trx) =>
          exported?.erase?.(trx, { organisationId: user.organisation_id, userId: user.id, email: STAFF.email }, clock.now()) ??
          Promise.resolve(),
      );
    assert.equal((await test.context.db.selectFrom('follows').select('id').where('user_id', '=', user.id).execute()).length, 0);
    assert.equal((await test.client().postForm(`/fi/processes/${slug}/follow`, {})).status, 401);
  });

  it('audits following, confirming, stopping and unsubscribing, naming the process and never the address', async () => {
    const entries = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'subject_id', 'actor_user_id', 'details'])
      .where('action', 'like', 'follows.%')
      .where('subject_id', '=', processId)
      .orderBy('created_at')
      .execute();
    const actions = entries.map((entry) => entry.action);
    for (const action of [
      'follows.subscription.confirm',
      'follows.subscription.unsubscribe',
      'follows.follow.create',
      'follows.follow.delete',
    ]) {
      assert.ok(actions.includes(action), `no audit entry ${action} in ${actions.join(', ')}`);
    }
    assert.equal(actions.filter((action) => action === 'follows.follow.create').length, 2, 'following twice is audited once per start');
    assert.ok(entries.every((entry) => entry.subject_type === 'process' && !entry.details.includes('@')));
    const confirm = entries.find((entry) => entry.action === 'follows.subscription.confirm');
    assert.equal(confirm?.actor_user_id, null);
    assert.match(confirm?.details ?? '', /"via":"email"/);
    const page = await (await test.adminClient()).get('/en/admin/audit');
    assert.match(page.text, /started following the process/);
  });

  it('answers bad input clearly: a malformed address 422 at its field, unknown links 410, never 500', async () => {
    const visitor = test.client();
    const bad = await visitor.postForm(`/fi/processes/${slug}/follow/email`, { email: 'not an address' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /value="not an address"/);
    assert.match(bad.text, /aria-invalid="true"/);
    for (const path of [
      '/fi/follows/confirm/nope',
      '/fi/follows/unsubscribe/nope',
      '/fi/follows/manage/nope',
      '/fi/follows/manage/%3Cscript%3E',
    ]) {
      const response = await visitor.get(path);
      assert.equal(response.status, 410, path);
      assert.match(response.text, /Linkki on jo käytetty, vanhentunut tai tuntematon/);
    }
    assert.equal((await visitor.postForm('/fi/follows/unsubscribe/nope', {})).status, 410);
    // Longer than the router takes a path parameter: not found, not an error.
    assert.equal((await visitor.get(`/fi/follows/manage/${'x'.repeat(500)}`)).status, 404);
    assert.equal((await visitor.get('/fi/processes/no-such-process/follow')).status, 404);
    assert.equal((await visitor.postForm('/fi/processes/no-such-process/follow/email', { email: 'a@example.org' })).status, 404);
  });

  it('limits the follow-by-e-mail form', async () => {
    const visitor = test.client();
    let status = 0;
    for (let attempt = 0; attempt < 8 && status !== 429; attempt += 1) {
      status = (await visitor.postForm(`/fi/processes/${slug}/follow/email`, { email: `flood${attempt}@example.org` })).status;
    }
    assert.equal(status, 429);
  });

  async function publishNews(at: string) {
    const post = await test.context.db
      .selectFrom('news_posts')
      .select('id')
      .where('process_id', '=', processId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await test.context.db
      .updateTable('news_posts')
      .set({ status: 'published', published_at: at, title: JSON.stringify({ fi: 'Uutinen seuraamisesta', sv: 'Nyheten om följandet' }) })
      .where('id', '=', post.id)
      .execute();
  }
});
