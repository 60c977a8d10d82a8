import { after, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../../test/journeys/support/browser.ts';
import { Journey } from '../../../../test/journeys/support/journey.ts';
import { saveScreenshots } from '../../../../test/journeys/support/screenshots.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { TEST_NOW } from './event-fixtures.ts';

/** What the events journeys of one file share: an app over the demo at the test's fixed time, its SMTP server, a browser. */
export interface EventsJourneyWorld {
  app: TestApp;
  smtp: TestSmtpServer;
  browser: Browser;
  context: BrowserContext;
  /** Signs the browser context in as this account (see `signInContext`). */
  signIn(email: string, password: string): Promise<void>;
}

let world: Promise<Omit<EventsJourneyWorld, 'context' | 'signIn'>> | null = null;
let now = TEST_NOW;

function startWorld() {
  world ??= (async () => {
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    const app = await startTestApp({ demo: true, clock: fixedClock(now), mailer });
    return { app, smtp, browser: await launchChromium() };
  })();
  return world;
}

/**
 * Signs a browser context in: the real sign-in form is posted over HTTP and
 * its session cookie handed to the browser. The browser cannot post it
 * itself here: the app's clock stands in March 2013 (the demo's events are
 * then ahead), so the cookie's expiry is in 2013 and Chromium would drop it.
 */
async function signInContext(app: TestApp, context: BrowserContext, email: string, password: string): Promise<void> {
  const client = app.client();
  const response = await client.postForm('/fi/sign-in', { email, password });
  if (response.status !== 303) throw new Error(`sign-in as ${email} answered ${response.status}`);
  const line = response.headers.getSetCookie().find((entry) => entry.startsWith('tarina_session='));
  if (!line) throw new Error('the sign-in set no session cookie');
  const value = line.slice('tarina_session='.length).split(';')[0] ?? '';
  await context.addCookies([{ name: 'tarina_session', value, url: app.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * Declares an events journey, like `journey()` of the shared harness (axe on
 * every page through `open`/`follow`, screenshots on failure), over an app
 * whose mail goes to a real SMTP server in the test process.
 */
export function eventsJourney(name: string, body: (journey: Journey, world: EventsJourneyWorld) => Promise<void>): void {
  test(name, async (t) => {
    const shared = await startWorld();
    const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 } });
    const current = new Journey(await context.newPage(), shared.app);
    const signIn = (email: string, password: string) => signInContext(shared.app, context, email, password);
    try {
      await body(current, { ...shared, context, signIn });
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

/**
 * Sets the app's fixed time for the file's journeys and closes what they
 * shared when the file ends; call once at the top level of the journey file.
 */
export function setUpEventsJourneys(at: string = TEST_NOW): void {
  now = at;
  // A worker process runs many journey files (src/platform/testing/test-worker.ts): the next file starts a world of its own.
  after(async () => {
    const ending = world;
    world = null;
    now = TEST_NOW;
    if (!ending) return;
    const { app, smtp, browser } = await ending;
    await browser.close();
    await app.close();
    await smtp.close();
  });
}
