import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Identity } from '../http/request-context.ts';
import {
  PARTICIPANT_COOKIE,
  PARTICIPANT_COOKIE_MAX_AGE_SECONDS,
  participantFor,
  participantOf,
  participantRateKey,
} from './participant.ts';

/** A bare app: the cookie plugin, an identity from a test header, and routes that answer the participant. */
async function bareApp(secret: string, publicUrl: string | null): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(cookie, { secret });
  app.decorateRequest('identity', null as unknown as Identity);
  app.addHook('onRequest', async (request) => {
    const userId = request.headers['x-user'];
    request.identity = { user: typeof userId === 'string' ? { id: userId } : null } as unknown as Identity;
  });
  const channel = (query: unknown) => {
    const { kind, id } = query as { kind: string; id: string };
    return { kind, id };
  };
  app.get('/of', async (request) => ({ participant: participantOf(request, channel(request.query)) }));
  app.get('/rate', async (request) => ({ key: participantRateKey(request) }));
  app.post('/for', async (request, reply) => ({
    participant: participantFor({ config: { publicUrl } }, request, reply, channel(request.query)),
  }));
  await app.ready();
  return app;
}

function setCookieOf(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [header];
  const found = all.find((value) => typeof value === 'string' && value.startsWith(`${PARTICIPANT_COOKIE}=`));
  assert.ok(typeof found === 'string', 'the participant cookie is set');
  return found;
}

// This instance, another instance with its own cookie secret, and this one served over https.
let app: FastifyInstance;
let otherInstance: FastifyInstance;
let secureApp: FastifyInstance;

/** A browser that has taken part once: its cookie header. */
async function newBrowser(target?: FastifyInstance): Promise<string> {
  const response = await (target ?? app).inject({ method: 'POST', url: '/for?kind=survey&id=s1' });
  return setCookieOf(response).split(';')[0] ?? '';
}

/** The browser's pseudonym in a channel. */
async function pseudonym(browser: string, kind: string, id: string, target?: FastifyInstance): Promise<string> {
  const response = await (target ?? app).inject({ url: `/of?kind=${kind}&id=${id}`, headers: { cookie: browser } });
  const { participant } = response.json() as { participant: { pseudonym: string } };
  assert.equal(typeof participant.pseudonym, 'string');
  return participant.pseudonym;
}

/** Rate limits count by account, by browser (without its secret), or not at all. */
async function rateKeys(): Promise<void> {
  const browser = await newBrowser();
  const key = ((await app.inject({ url: '/rate', headers: { cookie: browser } })).json() as { key: string }).key;
  assert.match(key, /^browser:[0-9a-f]{64}$/);
  assert.equal(((await app.inject({ url: '/rate', headers: { cookie: browser } })).json() as { key: string }).key, key);
  assert.notEqual(((await app.inject({ url: '/rate', headers: { cookie: await newBrowser() } })).json() as { key: string }).key, key);
  assert.deepEqual((await app.inject({ url: '/rate', headers: { 'x-user': 'u1' } })).json(), { key: 'user:u1' });
  assert.deepEqual((await app.inject({ url: '/rate' })).json(), { key: null });
}

describe('participant identity', () => {
  before(async () => {
    app = await bareApp('a-cookie-secret-of-this-instance-that-is-long-enough', 'http://localhost:3000');
    otherInstance = await bareApp('another-instances-cookie-secret-which-is-long-enough', null);
    secureApp = await bareApp('a-cookie-secret-of-this-instance-that-is-long-enough', 'https://tarina.example');
  });
  after(async () => {
    await app.close();
    await otherInstance.close();
    await secureApp.close();
  });

  it('gives a browser without one a signed cookie with the documented lifetime and attributes', async () => {
    const response = await app.inject({ method: 'POST', url: '/for?kind=survey&id=s1' });
    const header = setCookieOf(response);
    assert.match(header, new RegExp(`Max-Age=${PARTICIPANT_COOKIE_MAX_AGE_SECONDS}`));
    assert.equal(PARTICIPANT_COOKIE_MAX_AGE_SECONDS, 400 * 24 * 60 * 60);
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Lax/);
    assert.match(header, /Path=\//);
    assert.doesNotMatch(header, /Secure/);
    const secure = setCookieOf(await secureApp.inject({ method: 'POST', url: '/for?kind=survey&id=s1' }));
    assert.match(secure, /Secure/);
  });

  it('answers the same pseudonym to the same browser in one channel, before and after taking part', async () => {
    const response = await app.inject({ method: 'POST', url: '/for?kind=workshop&id=w1' });
    const browser = setCookieOf(response).split(';')[0] ?? '';
    const { participant } = response.json() as { participant: { pseudonym: string } };
    assert.equal(await pseudonym(browser, 'workshop', 'w1'), participant.pseudonym);
    const again = await app.inject({ method: 'POST', url: '/for?kind=workshop&id=w1', headers: { cookie: browser } });
    assert.deepEqual(again.json(), { participant });
    // Taking part renews the same secret's lifetime.
    assert.equal(setCookieOf(again).split(';')[0], browser);
  });

  it('answers unrelated pseudonyms in other channels, to other browsers and on another instance', async () => {
    const browser = await newBrowser();
    const seen = new Set([
      await pseudonym(browser, 'survey', 's1'),
      await pseudonym(browser, 'survey', 's2'),
      await pseudonym(browser, 'workshop', 's1'),
      await pseudonym(await newBrowser(), 'survey', 's1'),
    ]);
    assert.equal(seen.size, 4);
    const secret = decodeURIComponent(browser.split('=')[1] ?? '').split('.')[0] ?? '';
    for (const value of seen) assert.ok(!value.includes(secret), 'the pseudonym does not carry the browser secret');
    // The same secret under another instance's cookie secret: the pseudonym is keyed by the server.
    const secretOnly = `${PARTICIPANT_COOKIE}=${encodeURIComponent(otherInstance.signCookie(secret))}`;
    assert.notEqual(await pseudonym(secretOnly, 'survey', 's1', otherInstance), await pseudonym(browser, 'survey', 's1'));
  });

  it('knows no participant without a cookie or with a forged one, and gives the forger a new cookie', async () => {
    assert.deepEqual((await app.inject({ url: '/of?kind=survey&id=s1' })).json(), { participant: null });
    const forged = `${PARTICIPANT_COOKIE}=someone-elses-secret.bad-signature`;
    assert.deepEqual((await app.inject({ url: '/of?kind=survey&id=s1', headers: { cookie: forged } })).json(), { participant: null });
    const response = await app.inject({ method: 'POST', url: '/for?kind=survey&id=s1', headers: { cookie: forged } });
    assert.notEqual(setCookieOf(response).split(';')[0], forged);
  });

  it('answers the account of a signed-in user and sets no cookie', async () => {
    const response = await app.inject({ method: 'POST', url: '/for?kind=survey&id=s1', headers: { 'x-user': 'u1' } });
    assert.deepEqual(response.json(), { participant: { userId: 'u1' } });
    assert.equal(response.headers['set-cookie'], undefined);
    const browser = await newBrowser();
    assert.deepEqual((await app.inject({ url: '/of?kind=survey&id=s1', headers: { 'x-user': 'u1', cookie: browser } })).json(), {
      participant: { userId: 'u1' },
    });
  });

  it('counts rate limits by account, by browser (without its secret), or not at all', rateKeys);
});
