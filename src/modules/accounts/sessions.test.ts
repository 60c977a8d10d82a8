import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../app.ts';
import { DEMO_ADMIN } from '../../demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { TestClient } from '../../platform/testing/test-client.ts';
import { createOrganisation } from '../organisations/index.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { createUser } from './index.ts';
import { hashToken, SESSION_COOKIE } from './sessions.ts';

const START = Date.parse('2026-03-02T08:00:00.000Z');
const minutes = (count: number) => new Date(START + count * 60_000);
const FOREIGN_HOST = 'naapuri.localhost';

describe('sessions', () => {
  const clock = fixedClock(minutes(0));
  let test: TestApp;
  let foreignOrganisationId: string;

  before(async () => {
    test = await startTestApp({ demo: true, clock });
    foreignOrganisationId = await createOrganisation(
      test.context.db,
      { slug: 'naapurikunta', name: { fi: 'Naapurikunta' }, hosts: [FOREIGN_HOST] },
      clock.now(),
    );
  });
  after(() => test.close());

  /** Signs in through the form and answers the session cookie's token. */
  async function signInToken(email: string, password = DEMO_ADMIN.password, headers: Record<string, string> = {}) {
    const client = new TestClient(test.baseUrl, headers);
    const response = await client.postForm('/fi/sign-in', { email, password });
    assert.equal(response.status, 303);
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
    const token = line?.split(';')[0]?.slice(SESSION_COOKIE.length + 1);
    assert.ok(token);
    return token;
  }
  const withCookie = (token: string) => test.client({ cookie: `${SESSION_COOKIE}=${token}` });
  const sessionRow = (token: string) =>
    test.context.db.selectFrom('sessions').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();

  it('ends a session after the idle timeout, while activity keeps it alive', async () => {
    clock.set(minutes(0));
    const token = await signInToken('resident@demo.tarina.invalid');
    const idle = test.context.config.sessionIdleMinutes;
    clock.set(minutes(idle - 1));
    assert.equal((await withCookie(token).get('/fi/account')).status, 200);
    clock.set(minutes(2 * idle - 2));
    assert.equal((await withCookie(token).get('/fi/account')).status, 200, 'activity moved the idle limit');
    clock.set(minutes(3 * idle));
    const expired = await withCookie(token).get('/fi/account');
    assert.equal(expired.status, 303);
    assert.match(expired.location ?? '', /^\/fi\/sign-in/);
    assert.ok(expired.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=;`)));
    assert.equal(await sessionRow(token), undefined, 'the expired session is deleted');
  });

  it('ends a session at its absolute timeout however active it is', async () => {
    clock.set(minutes(0));
    const token = await signInToken('manager@demo.tarina.invalid');
    const absoluteMinutes = test.context.config.sessionAbsoluteHours * 60;
    for (let at = 60; at < absoluteMinutes; at += 60) {
      clock.set(minutes(at));
      assert.equal((await withCookie(token).get('/fi/account')).status, 200, `active at ${at} minutes`);
    }
    clock.set(minutes(absoluteMinutes - 1));
    assert.equal((await withCookie(token).get('/fi/account')).status, 200);
    clock.set(minutes(absoluteMinutes));
    assert.equal((await withCookie(token).get('/fi/account')).status, 303);
    assert.equal(await sessionRow(token), undefined);
    clock.set(minutes(0));
  });

  it('survives a restart: a second app over the same database accepts the cookie', async () => {
    clock.set(minutes(0));
    const token = await signInToken('analyst@demo.tarina.invalid');
    assert.ok(await sessionRow(token), 'the session is stored in the database, not in memory');
    const database = { db: test.context.db, dialect: test.context.dialect, close: async () => {} };
    const second = await buildApp({ config: test.context.config, database, clock, logger: false });
    try {
      await second.app.listen({ port: 0, host: '127.0.0.1' });
      const address = second.app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const client = new TestClient(`http://127.0.0.1:${port}`, { cookie: `${SESSION_COOKIE}=${token}` });
      const page = await client.get('/fi/account');
      assert.equal(page.status, 200);
      assert.match(page.text, /analyst@demo\.tarina\.invalid/);
    } finally {
      await second.app.close();
    }
  });

  it('makes a session or API token of one organisation worthless on another organisation’s host', async () => {
    clock.set(minutes(0));
    const token = await signInToken('facilitator@demo.tarina.invalid');
    assert.equal((await withCookie(token).get('/fi/account')).status, 200);
    const foreign = await test.client({ host: FOREIGN_HOST, cookie: `${SESSION_COOKIE}=${token}` }).get('/fi/account');
    assert.equal(foreign.status, 303);
    assert.match(foreign.location ?? '', /^\/fi\/sign-in/);

    await createUser(
      test.context.db,
      foreignOrganisationId,
      { email: 'naapuri@naapuri.invalid', displayName: 'Naapuri', password: 'naapurin oma salasana', locale: 'fi', roles: ['org_admin'] },
      clock.now(),
    );
    const foreignUser = await test.context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'naapuri@naapuri.invalid')
      .executeTakeFirstOrThrow();
    const apiToken = await createApiToken(
      test.context.db,
      { organisationId: foreignOrganisationId, userId: foreignUser.id },
      'n',
      clock.now(),
    );
    const onOwnHost = await test.client({ host: FOREIGN_HOST }).api('GET', '/api/v1/me', undefined, { token: apiToken.token });
    assert.equal(onOwnHost.status, 200);
    assert.match(onOwnHost.text, /naapuri@naapuri\.invalid/);
    const onOtherHost = await test.client().api('GET', '/api/v1/me', undefined, { token: apiToken.token });
    assert.equal(onOtherHost.status, 401);
  });

  it('limits sign-in attempts: at most ten a minute (over all three languages), then 429 in the page language', async () => {
    const client = test.client();
    // Earlier sign-ins in this file count too: the limit is shared by /fi, /sv and /en.
    let limited = await client.postForm('/en/sign-in', { email: 'resident@demo.tarina.invalid', password: 'wrong guess 0' });
    let attempts = 1;
    while (limited.status === 422 && attempts <= 10) {
      assert.match(limited.text, /The e-mail address or password is wrong/);
      limited = await client.postForm('/en/sign-in', { email: 'resident@demo.tarina.invalid', password: `wrong guess ${attempts}` });
      attempts += 1;
    }
    assert.ok(attempts <= 11, `${attempts} attempts were allowed`);
    assert.equal(limited.status, 429);
    assert.match(limited.text, /Too many attempts in a short time/);
    const stillLimited = await client.postForm('/en/sign-in', { email: 'resident@demo.tarina.invalid', password: DEMO_ADMIN.password });
    assert.equal(stillLimited.status, 429);
    assert.doesNotMatch(stillLimited.headers.getSetCookie().join(), new RegExp(`${SESSION_COOKIE}=[^;]`), 'no session while limited');
  });
});
