import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOrganisation } from '../../modules/organisations/index.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

describe('platform HTTP behaviour', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: false });
    await createOrganisation(
      test.context.db,
      { slug: 'testikunta', name: { fi: 'Testikunta', sv: 'Testkommun', en: 'Test municipality' } },
      new Date(),
    );
  });
  after(() => test.close());

  it('answers /healthz with 200 while the database is up', async () => {
    const response = await test.client().get('/healthz');
    assert.equal(response.status, 200);
    assert.deepEqual(response.json(), { status: 'ok' });
  });

  it('redirects / by Accept-Language', async () => {
    assert.equal((await test.client().get('/', { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' })).location, '/sv/');
    assert.equal((await test.client().get('/', { 'accept-language': 'en-GB' })).location, '/en/');
    assert.equal((await test.client().get('/', { 'accept-language': 'de' })).location, '/fi/');
  });

  it('answers an unknown page with a 404 page in the path language', async () => {
    const fi = await test.client().get('/fi/ei-ole-olemassa');
    assert.equal(fi.status, 404);
    assert.match(fi.text, /<html lang="fi"/);
    assert.match(fi.text, /Sivua ei löytynyt/);
    const sv = await test.client().get('/sv/finns-inte');
    assert.match(sv.text, /Sidan hittades inte/);
  });

  it('answers an unknown API path with problem+json', async () => {
    const response = await test.client().get('/api/v1/no-such-thing', { 'accept-language': 'en' });
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const body = response.json<{ type: string; status: number; title: string }>();
    assert.equal(body.type, 'urn:tarina:problem:not-found');
    assert.equal(body.status, 404);
    assert.equal(body.title, 'Page not found');
  });

  it('sends security headers with a CSP that allows no inline script', async () => {
    const response = await test.client().get('/fi/sign-in');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('x-frame-options') ?? '', /SAMEORIGIN|DENY/);
  });

  it('refuses a state-changing form without a CSRF token (403, localized)', async () => {
    const client = test.client();
    const response = await client.request('POST', '/fi/sign-in', {
      body: 'email=a%40b.fi&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 403);
    assert.match(response.text, /turvatunniste/);
  });

  it('answers a 10 MB body with 413, not 500', async () => {
    const client = test.client();
    const token = await client.csrfToken();
    const response = await client.request('POST', '/fi/sign-in', {
      body: `_csrf=${token}&email=${'a'.repeat(10 * 1024 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 413);
  });

  it('answers invalid UTF-8 and malformed percent-encoding with 400', async () => {
    const client = test.client();
    const token = await client.csrfToken();
    const response = await client.request('POST', '/fi/sign-in', {
      body: `_csrf=${token}&email=%FF%FE`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(response.status, 400);
    assert.match(response.text, /UTF-8/);
  });

  it('answers an over-long path parameter with a localized 404, not a framework error', async () => {
    const response = await test.client().get(`/sv/processes/${'x'.repeat(300)}`);
    assert.equal(response.status, 404);
    assert.match(response.text, /Sidan hittades inte/);
  });

  it('refuses NUL characters in the path, in forms and in JSON with 400 before any query', async () => {
    const client = test.client();
    assert.equal((await client.get('/fi/processes/a%00b')).status, 400);
    const token = await client.csrfToken();
    const form = await client.request('POST', '/fi/sign-in', {
      body: `_csrf=${token}&email=a%00b`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(form.status, 400);
    assert.match(form.text, /NUL/);
    const json = await client.api('POST', '/api/v1/processes', { title: { fi: 'a\u0000b' } });
    assert.equal(json.status, 400);
  });

  it('counts a page’s rate limit once across its three language addresses', async () => {
    const client = test.client();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const locale = ['fi', 'sv', 'en'][attempt % 3];
      statuses.push((await client.postForm(`/${locale}/sign-in`, { email: 'ei@ketaan.fi', password: 'vaara-salasana' })).status);
    }
    // Four attempts per language stay under the limit of 10 only if each language counted apart.
    const firstRefusal = statuses.indexOf(429);
    assert.ok(firstRefusal > 0 && firstRefusal <= 10, `statuses: ${statuses.join(',')}`);
    assert.ok(statuses.slice(firstRefusal).every((status) => status === 429));
  });

  it('answers malformed JSON on the API with a 400 problem', async () => {
    const response = await test.client().request('POST', '/api/v1/processes', {
      body: '{"title": ',
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
    });
    assert.ok(response.status === 400 || response.status === 401, `got ${response.status}`);
    assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
  });
});
