import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { OVERLOAD_RETRY_AFTER_SECONDS, OVERLOAD_WAITING_REQUESTS, STARTUP_GRACE_MS } from './overload.ts';

/** Waits for the guard's next samples (taken every 250 ms) to be read. */
const nextSamples = () => new Promise((resolve) => setTimeout(resolve, 600));

describe('an overloaded process answers 503 with Retry-After at once', () => {
  let test: TestApp;
  before(async () => {
    // A heap limit of 1 MB is always exceeded: every request finds the process "overloaded".
    test = await startTestApp({ demo: false, environment: { TARINA_OVERLOAD_HEAP_MB: '1', TARINA_OVERLOAD_DELAY_MS: '0' } });
    await nextSamples();
  });
  after(() => test.close());

  it('tells a browser, in the language of the address, when to try again, and saves nothing', async () => {
    const client = test.client();
    const page = await client.request('GET', '/sv/', { headers: { accept: 'text/html' } });
    assert.equal(page.status, 503);
    assert.equal(page.headers.get('retry-after'), String(OVERLOAD_RETRY_AFTER_SECONDS));
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.text, /<html lang="sv">/);
    assert.match(page.text, /<h1>Tjänsten är överbelastad just nu<\/h1>/);
    assert.match(page.text, new RegExp(`Försök igen om ${OVERLOAD_RETRY_AFTER_SECONDS} sekunder`));
    const finnish = await client.request('GET', '/fi/processes', { headers: { accept: 'text/html' } });
    assert.match(finnish.text, /Mitään ei tallennettu/);
  });

  it('answers the API with problem+json in the language asked for', async () => {
    const response = await test.client().request('POST', '/api/v1/processes', {
      body: '{}',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'accept-language': 'en' },
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), String(OVERLOAD_RETRY_AFTER_SECONDS));
    const problem = response.json<{ status: number; type: string; detail: string }>();
    assert.equal(problem.status, 503);
    assert.match(problem.type, /overloaded$/);
    assert.match(problem.detail, /more users right now than it can serve/);
  });

  it('still answers the health check, which a proxy asks', async () => {
    const health = await test.client().get('/healthz');
    assert.equal(health.status, 200);
  });
});

describe('load shedding by the event loop’s delay', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: false, environment: { TARINA_OVERLOAD_DELAY_MS: '30' } });
  });
  after(() => test.close());

  it('serves while the app starts, however long starting blocked the loop', async () => {
    const started = await startTestApp({ demo: false, environment: { TARINA_OVERLOAD_DELAY_MS: '30' } });
    try {
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        /* busy, as loading modules and the demo is */
      }
      // Asked at once, as a client that waited for the start would: the sample after the block lags.
      assert.equal((await started.client().get('/favicon.ico')).status, 301);
    } finally {
      await started.close();
    }
  });

  it('refuses new requests while the event loop lags, and serves again once it catches up', async () => {
    // Serving as usual: retried, as a busy test machine may lag for a moment on its own.
    let served = 0;
    for (let attempt = 0; attempt < 20 && served === 0; attempt += 1) {
      // /favicon.ico needs no organisation (this app has none): it redirects, unless the guard refuses it.
      if ((await test.client().get('/favicon.ico')).status === 301) served += 1;
      else await nextSamples();
    }
    assert.equal(served, 1, 'the process serves when it is not overloaded');
    // A lagging loop just after the start is the start's own work, not overload: past that grace.
    await new Promise((resolve) => setTimeout(resolve, STARTUP_GRACE_MS));
    // Three seconds of work that never yields: the sample taken right after sees the loop far behind
    // (the mean delay of its quarter second), and the request that comes next is refused.
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      /* busy: the event loop cannot run */
    }
    const refused = await test.client().get('/favicon.ico');
    assert.equal(refused.status, 503, refused.text);
    assert.equal(refused.headers.get('retry-after'), String(OVERLOAD_RETRY_AFTER_SECONDS));
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt += 1) {
      await nextSamples();
      recovered = (await test.client().get('/favicon.ico')).status === 301;
    }
    assert.ok(recovered, 'serves again within a few seconds');
  });
});

describe('load shedding when requests pile up waiting', () => {
  let test: TestApp;
  before(async () => {
    // With the demo's organisation, so that a request goes on to wait for its body (without one, it is refused at once).
    test = await startTestApp({ environment: { TARINA_OVERLOAD_WAIT_MS: '300' } });
  });
  after(() => test.close());

  /** A request whose body never comes: it stays in flight until its connection closes. */
  function hangingRequest(): Promise<net.Socket> {
    const url = new URL(test.baseUrl);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /fi/sign-out HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=`,
        );
        resolve(socket);
      });
      socket.on('error', reject);
    });
  }

  it('refuses newcomers while enough requests have waited too long, and serves again once they are done', async () => {
    // One slow request alone (an export) refuses nobody.
    const slow = await hangingRequest();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal((await test.client().get('/favicon.ico')).status, 301);
    const waiting = [slow];
    for (let index = 1; index < OVERLOAD_WAITING_REQUESTS; index += 1) waiting.push(await hangingRequest());
    // Arrived together: they are all in, however long they wait. A newcomer now is still served.
    assert.equal((await test.client().get('/favicon.ico')).status, 301);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const refused = await test.client().request('GET', '/fi/', { headers: { accept: 'text/html' } });
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), String(OVERLOAD_RETRY_AFTER_SECONDS));
    assert.match(refused.text, /Palvelu on juuri nyt ruuhkautunut/);
    for (const socket of waiting) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await test.client().get('/fi/')).status, 200);
  });
});
