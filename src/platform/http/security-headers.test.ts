import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEMO_ADMIN } from '../../demo.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient, TestResponse } from '../testing/test-client.ts';

/**
 * Security headers on every kind of answer the app gives: public pages (first render and
 * from the render cache), signed-in and admin pages, a form answered again with 422, error
 * pages, redirects, the JSON API and its problems, the OpenAPI document, feeds, calendars,
 * the personal-data download, static files and the health check. ASVS 5.0 V3.4 (browser
 * security mechanism headers) and V14.3 (no sensitive data in caches).
 */

const EVERY_ANSWER = {
  'x-content-type-options': /^nosniff$/,
  'x-frame-options': /^(DENY|SAMEORIGIN)$/,
  'referrer-policy': /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'content-security-policy': /./,
};

function assertCsp(label: string, response: TestResponse) {
  const csp = response.headers.get('content-security-policy') ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
  assert.equal(directives['default-src'], "'self'", `${label}: default-src`);
  assert.equal(directives['script-src'], "'self'", `${label}: no inline or eval script`);
  assert.equal(directives['object-src'], "'none'", `${label}: object-src`);
  assert.equal(directives['frame-ancestors'], "'none'", `${label}: frame-ancestors`);
  assert.equal(directives['base-uri'], "'none'", `${label}: base-uri`);
  assert.equal(directives['form-action'], "'self'", `${label}: form-action`);
}

function assertHeaders(label: string, response: TestResponse, expectedStatus: number | RegExp) {
  if (typeof expectedStatus === 'number') assert.equal(response.status, expectedStatus, `${label}: status`);
  else assert.match(String(response.status), expectedStatus, `${label}: status`);
  for (const [name, pattern] of Object.entries(EVERY_ANSWER)) {
    assert.match(response.headers.get(name) ?? '(missing)', pattern, `${label}: ${name}`);
  }
  assertCsp(label, response);
  assert.equal(response.headers.get('x-powered-by'), null, `${label}: no x-powered-by`);
  assert.equal(response.headers.get('server'), null, `${label}: no server banner`);
}

/** Answers that carry personal or signed-in data are kept by no cache. */
function assertNotStored(label: string, response: TestResponse) {
  assert.match(response.headers.get('cache-control') ?? '(missing)', /no-store|private/, `${label}: cache-control`);
}

describe('security headers on every kind of answer', () => {
  let test: TestApp;
  let admin: TestClient;
  let anonymous: TestClient;
  let processSlug: string;
  let eventId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    anonymous = test.client();
    const process = await sql<{
      slug: string;
    }>`select slug from processes where organisation_id = ${test.demo.organisationId} order by id limit 1`.execute(test.context.db);
    processSlug = process.rows[0]?.slug ?? '';
    const event = await sql<{
      id: string;
    }>`select id from events where organisation_id = ${test.demo.organisationId} order by id limit 1`.execute(test.context.db);
    eventId = event.rows[0]?.id ?? '';
  });
  after(() => test.close());

  it('public pages, first rendered and then from the render cache', async () => {
    for (const path of ['/fi/', '/sv/', `/en/processes/${processSlug}`, '/fi/sign-in']) {
      assertHeaders(`${path} (first)`, await anonymous.get(path), 200);
      assertHeaders(`${path} (again)`, await anonymous.get(path), 200);
    }
  });

  it('signed-in and admin pages, which no cache keeps', async () => {
    for (const path of ['/fi/account', '/fi/admin', '/fi/admin/users', '/en/admin/audit']) {
      const response = await admin.get(path);
      assertHeaders(path, response, 200);
      assertNotStored(path, response);
    }
  });

  it('a form answered again with 422, and error pages', async () => {
    const invalid = await anonymous.postForm('/fi/sign-in', { email: 'not an address', password: '' });
    assertHeaders('sign-in with errors', invalid, /^4\d\d$/);
    assertHeaders('unknown page', await anonymous.get('/fi/no-such-page'), 404);
    assertHeaders('admin page for a visitor', await anonymous.get('/fi/admin/users'), 303);
    const forbidden = await anonymous.request('POST', '/fi/sign-in', {
      body: 'email=a%40b.fi',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assertHeaders('a form without its CSRF token', forbidden, 403);
  });

  it('redirects, static files and the health check', async () => {
    assertHeaders('/', await anonymous.get('/'), 302);
    assertHeaders('static file', await anonymous.get('/assets/tarina.css'), 200);
    assertHeaders('healthz', await anonymous.get('/healthz'), 200);
  });

  it('the JSON API, its problems, its document, feeds, calendars and the personal-data download', async () => {
    const list = await anonymous.api('GET', '/api/v1/processes');
    assertHeaders('API list', list, 200);
    const me = await admin.api('GET', '/api/v1/users');
    assertHeaders('API signed-in read', me, 200);
    assertNotStored('API signed-in read', me);
    assertHeaders('API problem', await anonymous.api('GET', '/api/v1/no-such-thing'), 404);
    assertHeaders('API 401', await anonymous.api('GET', '/api/v1/users'), 401);
    assertHeaders('OpenAPI document', await anonymous.get('/api/v1/openapi.json'), 200);
    assertHeaders('Atom feed', await anonymous.get(`/fi/processes/${processSlug}/feed.atom`), 200);
    assertHeaders('iCalendar feed', await anonymous.get(`/api/v1/processes/${processSlug}/events.ics`), 200);
    assertHeaders('one event as iCalendar', await anonymous.get(`/api/v1/events/${eventId}.ics`), /^(200|404)$/);
    const download = await admin.get('/fi/account/export');
    assertHeaders('personal-data download', download, 200);
    assertNotStored('personal-data download', download);
  });

  it('session and CSRF cookies: HttpOnly, SameSite, host-only; Secure and HSTS when served over HTTPS', async () => {
    const secure = await startTestApp({ demo: true, environment: { PUBLIC_URL: 'https://tarina.example.fi' } });
    try {
      const response = await secure.client().get('/healthz');
      assert.match(response.headers.get('strict-transport-security') ?? '(missing)', /max-age=\d{7,}/);
      const client = secure.client();
      const signedIn = await client.postForm('/fi/sign-in', { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password });
      assert.equal(signedIn.status, 303);
      const cookies = signedIn.headers.getSetCookie();
      const session = cookies.find((cookie) => cookie.startsWith('tarina_session='));
      assert.ok(session, cookies.join(' | '));
      for (const cookie of cookies.filter((line) => !/max-age=0|expires=thu, 01 jan 1970/i.test(line))) {
        assert.match(cookie, /;\s*HttpOnly/i, cookie);
        assert.match(cookie, /;\s*SameSite=(Lax|Strict)/i, cookie);
        assert.match(cookie, /;\s*Secure/i, cookie);
        assert.doesNotMatch(cookie, /;\s*Domain=/i, cookie);
      }
    } finally {
      await secure.close();
    }
  });
});
