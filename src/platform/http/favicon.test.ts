import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

describe('favicon', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('is an SVG every page links, and /favicon.ico leads to it', async () => {
    const page = await test.client().get('/fi/');
    assert.equal(page.status, 200);
    assert.match(page.text, /<link rel="icon" href="\/assets\/favicon\.svg" type="image\/svg\+xml"\/?>/);
    const icon = await test.client().get('/assets/favicon.svg');
    assert.equal(icon.status, 200);
    assert.match(icon.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    assert.match(icon.text, /^<svg /);
    const legacy = await test.client().get('/favicon.ico', { host: 'unknown.example' });
    assert.equal(legacy.status, 301);
    assert.equal(legacy.location, '/assets/favicon.svg');
  });
});
