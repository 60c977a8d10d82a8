import { after, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Locale } from '../../../src/platform/i18n/locales.ts';
import { startTestApp, type TestApp } from '../../../src/platform/testing/test-app.ts';
import { expectAccessible } from './accessibility.ts';
import { launchChromium } from './browser.ts';
import { type Snapshot, saveScreenshots } from './screenshots.ts';

/** A phone held upright (iPhone 12–15 size), the size most residents meet the site at. */
export const PHONE = { width: 390, height: 844 };

/** How a journey's browser context is set up. */
export interface JourneyOptions {
  viewport?: { width: number; height: number };
  /**
   * True for a browser that runs none of the site's scripts, to prove a page works without
   * JavaScript. The scripts are refused at the network (the CSP allows no inline ones);
   * turning JavaScript off in Chromium would also stop axe-core, which runs in the page.
   */
  withoutScripts?: boolean;
}

/** What one page check expects of the document the browser ended on. */
export interface PageExpectation {
  /** The HTTP status of the document; by default any status below 400. */
  status?: number;
}

const NAVIGATION_TIMEOUT_MS = 15_000;

/**
 * A person's path through the site in one fresh browser context. Every page it lands on
 * is checked with axe-core before the journey may go on, so navigate only through
 * `open` and `follow`: a page loaded any other way fails the journey unchecked.
 */
export class Journey {
  private loads = 0;
  private checkedLoads = 0;
  private problems: string[] = [];
  readonly snapshots: Snapshot[] = [];

  constructor(
    readonly page: Page,
    readonly app: TestApp,
  ) {
    page.on('load', () => {
      this.loads += 1;
    });
    page.on('pageerror', (error) => this.problems.push(`script error: ${error.message}`));
    // Chromium's console line for a failed resource does not name it; the response does.
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') {
        this.problems.push(`${response.request().method()} ${response.url()} answered ${response.status()}`);
      }
    });
    // Console errors are how Chromium reports CSP violations; a failed resource is named by its response above.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        this.problems.push(`console error: ${message.text()}`);
    });
    page.setDefaultTimeout(NAVIGATION_TIMEOUT_MS);
  }

  /** Goes to a path of the app as if typed into the address bar, then checks the page. */
  async open(path: string, expectation: PageExpectation = {}): Promise<void> {
    this.expectAllChecked();
    await this.page.goto(new URL(path, this.app.baseUrl).toString(), { waitUntil: 'load' });
    await this.checkPage(expectation);
  }

  /** Does something that loads a new page (a click, Enter on a link, a form submit), then checks that page. */
  async follow(action: () => Promise<unknown>, expectation: PageExpectation = {}): Promise<void> {
    this.expectAllChecked();
    const loaded = this.page.waitForEvent('load', { timeout: NAVIGATION_TIMEOUT_MS });
    await action();
    await loaded;
    await this.checkPage(expectation);
  }

  /** Checks the page the browser is on: its status, errors it logged, and axe-core's WCAG 2.1 A/AA rules. */
  async checkPage(expectation: PageExpectation = {}): Promise<void> {
    const url = this.page.url();
    this.checkedLoads = this.loads;
    this.snapshots.push({ url, html: await this.page.content() });
    const status = await this.page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return entry?.responseStatus ?? 0;
    });
    const statusOk = expectation.status === undefined ? status > 0 && status < 400 : status === expectation.status;
    if (!statusOk) throw new Error(`${url} answered ${status}, expected ${expectation.status ?? 'a status below 400'}`);
    const problems = this.problems.splice(0);
    if (problems.length > 0) throw new Error(`${url} reported:\n${problems.join('\n')}`);
    await expectAccessible(this.page);
  }

  /**
   * A message of the app's catalogue as the page shows it, so journeys find controls by
   * their visible names without copying wording that translators may change.
   */
  t(locale: Locale, key: string, values?: Record<string, string | number>): string {
    if (!this.app.context.translator.has(key)) throw new Error(`no message ${key} in the catalogue`);
    return this.app.context.translator.t(locale, key, values);
  }

  /** Presses Tab until the element has focus, as a keyboard user would; fails if it is not reachable that way. */
  async tabTo(target: Locator, maxPresses = 60): Promise<void> {
    await target.waitFor({ state: 'attached' });
    for (let presses = 0; presses < maxPresses; presses += 1) {
      // The locator is found again at every press: a live refresh may have replaced the element with an equal one.
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${target} did not get focus within ${maxPresses} presses of Tab`);
  }

  /** Fails when a page was loaded without passing through open/follow (and so without axe). */
  expectAllChecked(): void {
    if (this.loads !== this.checkedLoads) {
      throw new Error(`${this.page.url()} was loaded without an accessibility check: navigate with journey.open or journey.follow`);
    }
  }
}

/** What the journeys of one test file share: one app over the demo, one browser. */
interface Shared {
  app: TestApp;
  browser: Browser;
}

// Module state for the file being run. `npm test -- --browser` runs many journey files one
// after another in a worker process (src/platform/testing/test-worker.ts), which loads this
// module once: the file's `after` closes what it shared and empties this state, so the next
// file starts its own app over a fresh copy of the demo and its own browser.
let shared: Promise<Shared> | null = null;
let closeRegistered = false;

// Registered while the file declares its journeys: an `after` added inside a running
// test would belong to that test and close the browser under the next journey.
function closeSharedAfterFile(): void {
  if (closeRegistered) return;
  closeRegistered = true;
  after(async () => {
    const ending = shared;
    shared = null;
    closeRegistered = false;
    if (!ending) return;
    const { app, browser } = await ending;
    await browser.close();
    await app.close();
  });
}

// Started by the first journey that runs, so a file whose journeys are all filtered out starts nothing.
function sharedForFile(): Promise<Shared> {
  shared ??= (async () => ({ app: await startTestApp({ demo: true }), browser: await launchChromium() }))();
  return shared;
}

/**
 * Declares a browser journey: a node:test test that gets a fresh browser context on the
 * file's app (real HTTP, fresh database with the Rauma demo). When it fails, a screenshot
 * of every page it visited and of where it stopped goes to test-results/<name>/.
 */
/**
 * Does something that makes each of `windows` load its page again (a live room
 * reloads when its stage, lock or status changes), then checks every reloaded page.
 */
export async function reloadsAfter(windows: Journey[], action: () => Promise<unknown>): Promise<void> {
  for (const window of windows) window.expectAllChecked();
  const loads = windows.map((window) => window.page.waitForEvent('load', { timeout: 15_000 }));
  await action();
  await Promise.all(loads);
  for (const window of windows) await window.checkPage();
}

export function journey(name: string, body: (journey: Journey) => Promise<void>, options: JourneyOptions = {}): void {
  closeSharedAfterFile();
  test(name, async (t) => {
    const { app, browser } = await sharedForFile();
    const context: BrowserContext = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    if (options.withoutScripts) {
      await context.route('**/*', (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()));
    }
    const current = new Journey(await context.newPage(), app);
    try {
      await body(current);
      current.expectAllChecked();
    } catch (error) {
      const folder = await saveScreenshots(name, context, current.snapshots, current.page);
      t.diagnostic(`screenshots of the pages this journey visited: ${folder}`);
      throw error;
    } finally {
      await context.close();
    }
  });
}
