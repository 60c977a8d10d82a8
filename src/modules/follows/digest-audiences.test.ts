import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { newId } from '../../platform/db/ids.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { sendDigests } from './digest/send-digests.ts';

const SEEDED = new Date('2026-03-02T08:00:00.000Z');
/** Years after the demo's live round: nothing of the demo happens around here. */
const LATER = new Date('2029-09-03T06:00:00.000Z');
const DAY = 86_400_000;

/** Who follows the process, and what each may open. */
const FOLLOWERS = {
  byEmail: 'seuraaja@example.org',
  resident: 'resident@demo.tarina.invalid',
  staff: 'staff@demo.tarina.invalid',
  councillor: 'councillor-1@demo.tarina.invalid',
} as const;

describe('a digest tells each follower only of what they could open', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  const clock = fixedClock(SEEDED);
  const runDigests = () => sendDigests(test.context, { signal: new AbortController().signal, now: clock.now(), log: () => {} });
  /** The digest of the process the test follows (the demo's resident follows another one too). */
  const digestOf = (address: string) =>
    smtp.waitForMessage((mail) => mail.to.includes(address) && mail.text.includes(`/processes/${test.demo.processSlug}/`));

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { PUBLIC_URL: 'https://osallistu.example.fi' } });
    clock.set(LATER);
    await runDigests();
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('mails a public survey to everyone, a staff survey to staff only, a body’s channel to its members only', async () => {
    const db = test.context.db;
    const organisationId = test.demo.organisationId as string;
    const processId = test.demo.processId as string;
    const start = clock.now().getTime();
    const at = (hours: number) => new Date(start + hours * 3600_000).toISOString();
    const accounts = await db.selectFrom('users').select(['id', 'email']).where('email', 'in', Object.values(FOLLOWERS)).execute();
    const idOf = (email: string) => accounts.find((row) => row.email === email)?.id ?? null;
    for (const email of Object.values(FOLLOWERS)) {
      await db
        .insertInto('follows')
        .values({
          id: newId(),
          organisation_id: organisationId,
          process_id: processId,
          user_id: idOf(email),
          email,
          locale: 'fi',
          confirmed_at: at(0),
          last_digest_at: at(0),
          created_at: at(0),
        })
        .execute();
    }
    const seat = await db
      .selectFrom('body_members')
      .innerJoin('process_bodies', 'process_bodies.id', 'body_members.body_id')
      .select('body_members.body_id')
      .where('body_members.user_id', '=', idOf(FOLLOWERS.councillor) ?? '')
      .where('process_bodies.process_id', '=', processId)
      .executeTakeFirstOrThrow();
    const surveys = await db.selectFrom('surveys').select('id').where('process_id', '=', processId).orderBy('id').limit(2).execute();
    assert.equal(surveys.length, 2, 'the demo process has two surveys');
    const opened = { status: 'published' as const, opens_at: at(2), closes_at: at(24 * 30), audience_ids: '[]' };
    await db
      .updateTable('surveys')
      .set({ ...opened, audience: 'anyone', title: JSON.stringify({ fi: 'Kaikkien kysely' }) })
      .where('id', '=', surveys[0]?.id as string)
      .execute();
    await db
      .updateTable('surveys')
      .set({ ...opened, audience: 'staff', title: JSON.stringify({ fi: 'Henkilöstön kysely' }) })
      .where('id', '=', surveys[1]?.id as string)
      .execute();
    const channel = await db.selectFrom('statement_channels').select('id').where('process_id', '=', processId).executeTakeFirstOrThrow();
    await db
      .updateTable('statement_channels')
      .set({
        status: 'published',
        opens_at: at(3),
        closes_at: at(24 * 30),
        audience: 'bodies',
        audience_body_ids: JSON.stringify([seat.body_id]),
        question: JSON.stringify({ fi: 'Valtuuston väitteet' }),
      })
      .where('id', '=', channel.id)
      .execute();

    clock.set(new Date(start + DAY));
    await runDigests();
    const seen = async (address: string) => {
      const mail = await digestOf(address);
      return ['Kaikkien kysely', 'Henkilöstön kysely', 'Valtuuston väitteet'].filter((title) => mail.text.includes(title));
    };
    assert.deepEqual(await seen(FOLLOWERS.byEmail), ['Kaikkien kysely']);
    assert.deepEqual(await seen(FOLLOWERS.resident), ['Kaikkien kysely']);
    assert.deepEqual(await seen(FOLLOWERS.staff), ['Kaikkien kysely', 'Henkilöstön kysely']);
    assert.ok((await seen(FOLLOWERS.councillor)).includes('Valtuuston väitteet'));
  });

  it('mails nothing to an account that left', async () => {
    const db = test.context.db;
    const start = clock.now().getTime();
    await db
      .updateTable('users')
      .set({ deactivated_at: new Date(start).toISOString() })
      .where('email', '=', FOLLOWERS.resident)
      .execute();
    await db
      .updateTable('surveys')
      .set({ opens_at: new Date(start + 3600_000).toISOString() })
      .where('audience', '=', 'anyone')
      .where('process_id', '=', test.demo.processId as string)
      .execute();
    const before = smtp.messages.filter((mail) => mail.to.includes(FOLLOWERS.resident)).length;
    const firstMail = await digestOf(FOLLOWERS.byEmail);
    clock.set(new Date(start + DAY + 3600_000));
    await runDigests();
    await smtp.waitForMessage((mail) => mail.to.includes(FOLLOWERS.byEmail) && mail.text.includes('Kaikkien kysely') && mail !== firstMail);
    assert.equal(smtp.messages.filter((mail) => mail.to.includes(FOLLOWERS.resident)).length, before);
  });
});
