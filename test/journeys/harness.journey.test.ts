/**
 * Tests of the journey harness itself: a checker that never fails would make every
 * journey pass, so prove that it catches what it promises to catch.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './support/accessibility.ts';
import { launchChromium } from './support/browser.ts';
import { journey } from './support/journey.ts';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser.close();
});

test('expectAccessible lists each violation with its rule, impact, help and target', async () => {
  const page = await browser.newPage();
  try {
    await page.setContent(
      '<!doctype html><html lang="fi"><head><title>Rikki</title></head><body><main>' +
        '<img src="data:," class="hero"><label>Nimi</label><input id="nameless"></main></body></html>',
    );
    await assert.rejects(expectAccessible(page), (error: Error) => {
      assert.match(error.message, /- image-alt \[critical\]: Images must have alternative text/);
      assert.match(error.message, / {4}at img$/m);
      assert.match(error.message, /- label \[critical\]/);
      assert.match(error.message, /at #nameless/);
      return true;
    });
  } finally {
    await page.close();
  }
});

test('expectAccessible passes a page without violations', async () => {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html lang="fi"><head><title>Ehjä</title></head><body><main><h1>Hei</h1></main></body></html>');
    await expectAccessible(page);
  } finally {
    await page.close();
  }
});

journey('the sign-in page passes the page check', async (journey) => {
  await journey.open('/fi/sign-in');
  assert.equal(await journey.page.locator('html').getAttribute('lang'), 'fi');
});

journey('a page loaded around the harness fails the journey', async (journey) => {
  await journey.open('/fi/sign-in');
  await journey.page.goto(`${journey.app.baseUrl}/sv/sign-in`);
  assert.throws(() => journey.expectAllChecked(), /was loaded without an accessibility check/);
  await journey.checkPage();
});

journey('a page that answers an error status fails the page check', async (journey) => {
  await assert.rejects(journey.open('/fi/no-such-page'), /answered 404, expected a status below 400/);
  await journey.open('/fi/no-such-page', { status: 404 });
});
