/**
 * Phones and keyboards: at 390 px a resident reads the opinion map, survey results
 * and the events calendar, and an admin works through the admin home and the audit
 * log, without sideways scrolling of the page; every table that scrolls inside its
 * frame is reached by Tab; a failed form says so in its title and puts focus on
 * the error summary. axe-core checks every page on the way.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

/** The page is no wider than the screen: nothing but a table's own frame scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${page.url()} is ${scrollWidth} px wide on a ${clientWidth} px screen`);
}

/** The labels of the table frames on the page that scroll sideways (wider content than frame). */
async function scrollingRegions(page: Page): Promise<string[]> {
  return page
    .locator('.table-scroll')
    .evaluateAll((frames) =>
      frames.filter((frame) => frame.scrollWidth > frame.clientWidth + 1).map((frame) => frame.getAttribute('aria-label') ?? ''),
    );
}

/** Every table frame that scrolls is a named region that Tab reaches, and the arrow keys then scroll it. */
async function expectScrollRegionsByKeyboard(journey: Journey): Promise<number> {
  const { page } = journey;
  const frames = page.locator('.table-scroll');
  for (let index = 0; index < (await frames.count()); index += 1) {
    const frame = frames.nth(index);
    assert.equal(await frame.getAttribute('tabindex'), '0', 'a table frame takes focus');
    assert.ok(await frame.getAttribute('aria-label'), 'a table frame has a name');
  }
  const labels = await scrollingRegions(page);
  for (const label of labels) {
    const region = page.locator(`.table-scroll[aria-label="${label.replace(/"/g, '\\"')}"]`).first();
    await page.locator('body').focus();
    await page.evaluate(() => window.scrollTo(0, 0));
    await journey.tabTo(region, 400);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated: wait for it to move rather than read it at once.
    const scrolled = await page
      .waitForFunction((element) => (element as HTMLElement).scrollLeft > 0, await region.elementHandle(), { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    assert.ok(scrolled, `the arrow keys scroll "${label}"`);
  }
  return labels.length;
}

/** The rendered size in CSS pixels of every text of the SVG charts on the page (font size × the chart's scale). */
async function chartTextSizes(page: Page): Promise<number[]> {
  return page.locator('svg.chart text').evaluateAll((texts) =>
    texts.map((text) => {
      const scale = (text as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
      return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
    }),
  );
}

async function linksUnder(page: Page, fragment: string): Promise<string[]> {
  const paths = await page
    .getByRole('main')
    .locator('a')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
  return [...new Set(paths.filter((path) => path.includes(fragment)))];
}

async function signIn(journey: Journey): Promise<void> {
  const { page } = journey;
  await journey.open('/fi/sign-in');
  await page.getByLabel(journey.t('fi', 'accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(journey.t('fi', 'accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() =>
    page
      .getByRole('main')
      .getByRole('button', { name: journey.t('fi', 'accounts.signIn.submit') })
      .click(),
  );
}

journey(
  'a resident on a phone reads the opinion map’s groups, survey charts and the events calendar without sideways scrolling',
  async (journey) => {
    const { page, app } = journey;
    const slug = app.demo.processSlug as string;

    // The events calendar: its heading keeps "Tapahtumakalenteri" whole on one line.
    await journey.open('/fi/events');
    const heading = page.getByRole('heading', { level: 1 });
    assert.equal(await heading.textContent(), 'Tapahtumakalenteri');
    const lines = await heading.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
    });
    assert.equal(lines, 1, 'the heading is not broken mid-word');
    await expectNoSidewaysScroll(page);

    // The opinion map: the groups' figures fit the screen, stacked, without scrolling sideways.
    await journey.open(`/fi/processes/${slug}/statements`);
    const [channel] = await linksUnder(page, '/statements/');
    assert.ok(channel, 'the process has a statements channel');
    await journey.open(`${channel}/results`);
    await expectNoSidewaysScroll(page);
    const mapTextSizes = await page
      .locator('svg.opinion-map text')
      .evaluateAll((texts) =>
        texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * ((text as SVGGraphicsElement).getScreenCTM()?.a ?? 1)),
      );
    assert.ok(mapTextSizes.length > 0 && Math.min(...mapTextSizes) >= 12, `the map's group letters are at least 12 px (${mapTextSizes})`);
    const groupFrames = page.locator('#map-heading ~ .table-scroll, [aria-labelledby^="group-"] .table-scroll');
    assert.ok((await groupFrames.count()) >= 2, 'the map table and at least one group');
    const scrolling = await groupFrames.evaluateAll((frames) =>
      frames.filter((frame) => frame.scrollWidth > frame.clientWidth + 1).map((frame) => frame.getAttribute('aria-label')),
    );
    assert.deepEqual(scrolling, [], 'every group’s figures are visible without sideways scrolling');
    await expectScrollRegionsByKeyboard(journey);

    // The public survey results: chart labels at least 12 px as rendered on the phone.
    await journey.open(`/fi/processes/${slug}/surveys`);
    const surveys = await linksUnder(page, '/surveys/');
    let charts = 0;
    for (const survey of surveys) {
      const response = await app.client().get(`${survey}/results`);
      if (response.status !== 200) continue;
      await journey.open(`${survey}/results`);
      await expectNoSidewaysScroll(page);
      const sizes = await chartTextSizes(page);
      charts += sizes.length;
      assert.ok(Math.min(...sizes) >= 12, `chart labels are at least 12 px (smallest ${Math.min(...sizes).toFixed(1)} px)`);
      await expectScrollRegionsByKeyboard(journey);
    }
    assert.ok(charts > 0, 'a public survey with charts was read');
  },
  { viewport: PHONE },
);

journey(
  'an admin on a phone sees the admin home and the audit log on the first screen, reaches every scrolling table by Tab',
  async (journey) => {
    const { page, app } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    await signIn(journey);

    await journey.follow(() => page.getByRole('link', { name: fi('platform.layout.admin'), exact: true }).click());
    await expectNoSidewaysScroll(page);
    // The admin menu is a closed disclosure: one line, the page's own heading on the first screen.
    const menu = page.locator('details.admin-menu');
    const menuHeight = await menu.evaluate((element) => element.getBoundingClientRect().height);
    assert.ok(menuHeight <= 60, `the closed admin menu is ${menuHeight} px tall`);
    const headingTop = await page.getByRole('heading', { level: 1 }).evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(headingTop < PHONE.height / 3, `the heading starts at ${headingTop} px`);
    assert.equal(await page.getByRole('navigation', { name: fi('platform.admin.navigation') }).count(), 0, 'no menu links while closed');
    await menu.locator('summary').click();
    const menuLinks = page.getByRole('navigation', { name: fi('platform.admin.navigation') }).getByRole('link');
    assert.ok((await menuLinks.count()) >= 8, 'opened, the menu has every admin area');

    // Participation at a glance and the latest entries of the log in words.
    const participation = page.getByRole('region', { name: fi('organisations.dashboard.participation') });
    await participation.getByRole('table').waitFor();
    const recent = page.getByRole('table', { name: fi('organisations.dashboard.recentAuditCaption') });
    assert.match((await recent.locator('tbody tr').first().locator('td').nth(1).textContent()) ?? '', /^Ylläpitäjä /);
    await expectScrollRegionsByKeyboard(journey);

    await journey.follow(() => page.getByRole('link', { name: fi('organisations.dashboard.allAudit') }).click());
    await expectNoSidewaysScroll(page);
    const log = page.getByRole('table', { name: fi('organisations.audit.caption') });
    const entryTexts = await log.locator('tbody tr td:nth-child(2)').allTextContents();
    assert.ok(entryTexts.length > 0);
    for (const text of entryTexts)
      assert.doesNotMatch(text, /^\S+\.\S+\.\S+$|[0-9a-f]{8}-[0-9a-f]{4}-/, `"${text}" is words, not codes or ids`);
    await expectScrollRegionsByKeyboard(journey);

    // The account's sessions and the wide admin tables: each frame that scrolls is reached by Tab.
    for (const path of ['/fi/account', '/fi/admin/users', '/fi/admin/news', '/fi/admin/processes']) {
      await journey.open(path);
      await expectNoSidewaysScroll(page);
      await expectScrollRegionsByKeyboard(journey);
    }
    // The survey whose results only staff see: its ranking table scrolls inside its frame, by keyboard too.
    // Results an admin may read: the surveys of the demo process that are not drafts.
    const surveys = await app.context.db
      .selectFrom('surveys')
      .select('id')
      .where('organisation_id', '=', app.demo.organisationId!)
      .where('process_id', '=', app.demo.processId!)
      .where('status', '!=', 'draft')
      .execute();
    assert.ok(surveys.length > 0);
    for (const survey of surveys) {
      await journey.open(`/fi/processes/${app.demo.processSlug}/surveys/${survey.id}/results`);
      await expectNoSidewaysScroll(page);
      assert.ok(Math.min(...(await chartTextSizes(page))) >= 12, 'chart labels are at least 12 px');
      await expectScrollRegionsByKeyboard(journey);
    }
  },
  { viewport: PHONE },
);

journey(
  'after a failed submit on a phone the title starts with the error word of the page’s language and focus is on the error summary',
  async (journey) => {
    const { page } = journey;
    await signIn(journey);

    // An admin form of the platform's kind: a new unit without a name.
    await journey.open('/fi/admin/units/new');
    await journey.follow(() => page.getByRole('main').locator('form button[type="submit"]').last().click(), { status: 422 });
    assert.match(await page.title(), /^Virhe: /);
    const focused = await page.evaluate(() => document.activeElement?.className);
    assert.equal(focused, 'error-summary', 'focus is on the error summary');
    await journey.tabTo(page.locator('.error-summary a').first(), 2);

    // The same in Swedish and English.
    await journey.open('/sv/admin/units/new');
    await journey.follow(() => page.getByRole('main').locator('form button[type="submit"]').last().click(), { status: 422 });
    assert.match(await page.title(), /^Fel: /);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    await journey.open('/en/admin/units/new');
    await journey.follow(() => page.getByRole('main').locator('form button[type="submit"]').last().click(), { status: 422 });
    assert.match(await page.title(), /^Error: /);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
  },
  { viewport: PHONE },
);
