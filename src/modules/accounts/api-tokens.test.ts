import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { ACCOUNT_LIMITS } from './schemas.ts';

const TOKEN = /tarina_[A-Za-z0-9_-]{43}/;

describe('personal API tokens and the /me API', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  async function signedIn(email: string, locale = 'fi'): Promise<TestClient> {
    const client = test.client();
    assert.equal((await client.postForm(`/${locale}/sign-in`, { email, password: DEMO_ADMIN.password })).status, 303);
    client.resetCsrf();
    return client;
  }

  /** A JSON write with the session cookie and the CSRF token that /api/v1/session hands out. */
  async function cookieWrite(client: TestClient, method: string, path: string, body?: unknown) {
    const { csrfToken } = (await client.get('/api/v1/session')).json<{ csrfToken: string }>();
    const headers: Record<string, string> = { 'x-csrf-token': csrfToken, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return client.request(method, path, { body: body === undefined ? undefined : JSON.stringify(body), headers });
  }

  it('creates a token on the account page, shows it once, and it works as a bearer token until revoked', async () => {
    const client = await signedIn('resident@demo.tarina.invalid');
    const created = await client.postForm('/fi/account/tokens', { name: 'Oma skripti' });
    assert.equal(created.status, 201);
    assert.match(created.text, /Kopioi avain ”Oma skripti” nyt/);
    const token = TOKEN.exec(created.text)?.[0];
    assert.ok(token, 'the token is on the page');

    const account = await client.get('/fi/account');
    assert.match(account.text, /Oma skripti/);
    assert.match(account.text, /Ei vielä käytetty/);
    assert.equal(account.text.includes(token), false, 'the token is never shown again');

    const me = await test.client().api('GET', '/api/v1/me', undefined, { token });
    assert.equal(me.status, 200);
    const body = me.json<{ email: string; displayName: string; roles: unknown[] }>();
    assert.equal(body.email, 'resident@demo.tarina.invalid');
    assert.deepEqual(body.roles, []);
    assert.doesNotMatch((await client.get('/fi/account')).text, /Ei vielä käytetty/);

    const revokePath = /action="(\/fi\/account\/tokens\/[^/"]+\/revoke)"/.exec(account.text)?.[1];
    assert.ok(revokePath);
    const revoked = await client.postForm(revokePath, {});
    assert.equal(revoked.status, 303);
    assert.match((await client.get('/fi/account')).text, /API-avain on poistettu käytöstä/);
    const after = await test
      .client()
      .request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' } });
    assert.equal(after.status, 401);
    assert.match(after.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = after.json<{ type: string; detail: string }>();
    assert.equal(problem.type, 'urn:tarina:problem:invalid-token');
    assert.equal(problem.detail, 'The API token is invalid or has expired.');
  });

  it('answers /api/v1/me for a visitor with a 401 problem', async () => {
    const response = await test.client().get('/api/v1/me');
    assert.equal(response.status, 401);
    assert.equal(response.json<{ type: string }>().type, 'urn:tarina:problem:unauthenticated');
  });

  it('gives cookie clients their user and a CSRF token through /api/v1/session, which writes need', async () => {
    const visitor = (await test.client().get('/api/v1/session')).json<{ user: unknown; csrfToken: string }>();
    assert.equal(visitor.user, null);
    assert.ok(visitor.csrfToken.length > 10);

    const client = await signedIn('analyst@demo.tarina.invalid');
    const session = (await client.get('/api/v1/session')).json<{ user: { email: string; roles: Array<{ role: string }> } }>();
    assert.equal(session.user.email, 'analyst@demo.tarina.invalid');
    assert.deepEqual(
      session.user.roles.map((grant) => grant.role),
      ['analyst'],
    );
    const withToken = await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name: 'Selainohjelma' });
    assert.equal(withToken.status, 201);
    const without = await client.request('POST', '/api/v1/me/tokens', {
      body: JSON.stringify({ name: 'Ilman tunnistetta' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(without.status, 403);
  });

  it('creates, lists and revokes tokens through the API; another person’s token answers 404', async () => {
    const owner = await signedIn('facilitator@demo.tarina.invalid');
    const created = await cookieWrite(owner, 'POST', '/api/v1/me/tokens', { name: 'Työpajanäyttö' });
    assert.equal(created.status, 201);
    const { id, token } = created.json<{ id: string; token: string }>();
    assert.match(token, TOKEN);

    const listed = await test.client().api('GET', '/api/v1/me/tokens', undefined, { token });
    const items = listed.json<{ items: Array<Record<string, unknown>> }>().items;
    assert.deepEqual(
      items.map((item) => item.id),
      [id],
    );
    assert.deepEqual(Object.keys(items[0] ?? {}).sort(), ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name']);

    const stranger = await signedIn('manager@demo.tarina.invalid');
    assert.equal((await cookieWrite(stranger, 'DELETE', `/api/v1/me/tokens/${id}`)).status, 404);
    assert.equal((await test.client().api('GET', '/api/v1/me', undefined, { token })).status, 200);

    const deleted = await test.client().api('DELETE', `/api/v1/me/tokens/${id}`, undefined, { token });
    assert.equal(deleted.status, 204);
    assert.equal((await test.client().api('GET', '/api/v1/me', undefined, { token })).status, 401);
  });

  it('answers a bad token name with 422 naming the field, and nothing is created', async () => {
    const client = await signedIn('moderator@demo.tarina.invalid');
    for (const name of ['', '   ', 'x'.repeat(ACCOUNT_LIMITS.tokenNameMax + 1)]) {
      const response = await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name });
      assert.equal(response.status, 422);
      assert.equal(response.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, 'name');
    }
    const page = await client.postForm('/fi/account/tokens', { name: '' });
    assert.equal(page.status, 422);
    assert.match(page.text, /Tämä tieto on pakollinen/);
    const { token } = (await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name: 'Ainoa' })).json<{ token: string }>();
    const listed = (await test.client().api('GET', '/api/v1/me/tokens', undefined, { token })).json<{ items: unknown[] }>();
    assert.equal(listed.items.length, 1);
  });

  it('refuses more tokens than the limit with 409', async () => {
    const client = await signedIn('manager@demo.tarina.invalid', 'sv');
    for (let count = 0; count < ACCOUNT_LIMITS.tokensPerUser; count += 1) {
      assert.equal((await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name: `Avain ${count}` })).status, 201);
    }
    const refused = await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name: 'Yksi liikaa' });
    assert.equal(refused.status, 409);
    const page = await client.postForm('/sv/account/tokens', { name: 'Yksi liikaa' });
    assert.equal(page.status, 409);
    assert.match(page.text, /Du kan ha högst 20 API-nycklar/);
  });

  it('exports my data through the API with a bearer token', async () => {
    const client = await signedIn(DEMO_ADMIN.email);
    const { token } = (await cookieWrite(client, 'POST', '/api/v1/me/tokens', { name: 'Vienti' })).json<{ token: string }>();
    const response = await test.client().api('GET', '/api/v1/me/export', undefined, { token });
    assert.equal(response.status, 200);
    const data = response.json<{ accounts: { profile: { email: string }; roles: Array<{ role: string }> } }>();
    assert.equal(data.accounts.profile.email, DEMO_ADMIN.email);
    assert.deepEqual(data.accounts.roles.map((grant) => grant.role).sort(), ['org_admin', 'process_manager']);
  });
});
