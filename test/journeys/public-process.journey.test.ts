/**
 * A newcomer on a phone meets the Rauma process: from the front page to its story, into
 * Swedish, and to the timeline filtered for the city's staff, by keyboard where a person could.
 */
import assert from 'node:assert/strict';
import { raumaBodies, raumaPhases, raumaProcess, raumaTimeline } from '../../src/demo/rauma-2013.ts';
import type { LocalizedText } from '../../src/platform/i18n/locales.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

const staff = raumaBodies.find((body) => body.kind === 'staff')!;
const forStaff = raumaTimeline.filter((item) => item.audienceBodyKeys.includes(staff.key));
const notForStaff = raumaTimeline.filter((item) => !item.audienceBodyKeys.includes(staff.key));

/** The Swedish text of demo content; the demo has every text in all three languages. */
function swedish(text: LocalizedText): string {
  return text.sv ?? assert.fail(`the demo text "${text.fi}" has no Swedish`);
}

async function langOfPage(journey: Journey): Promise<string | null> {
  return journey.page.locator('html').getAttribute('lang');
}

async function focusedId(journey: Journey): Promise<string | undefined> {
  return journey.page.evaluate(() => document.activeElement?.id);
}

journey(
  'a newcomer on a phone finds the Rauma process, reads its story in Finnish and Swedish and filters its timeline for staff',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const sv = (key: string, values?: Record<string, string | number>) => journey.t('sv', key, values);

    // `/` sends a Finnish browser to the Finnish front page.
    await page.setExtraHTTPHeaders({ 'accept-language': 'fi-FI,fi;q=0.9' });
    await journey.open('/');
    assert.equal(new URL(page.url()).pathname, '/fi/');
    assert.equal(await langOfPage(journey), 'fi');

    // The first Tab reaches the skip link, and following it puts focus on the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: fi('platform.layout.skipToContent') });
    assert.ok(await skipLink.evaluate((element) => element === document.activeElement), 'the first Tab focuses the skip link');
    await page.keyboard.press('Enter');
    assert.equal(await focusedId(journey), 'main', 'the skip link moves focus to <main>');

    // The process is on the front page; its link is reached and followed by keyboard.
    const processLink = page.getByRole('main').getByRole('link', { name: raumaProcess.title.fi, exact: true });
    await journey.tabTo(processLink);
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, `/fi/processes/${raumaProcess.slug}`);
    await page.getByRole('heading', { level: 1, name: raumaProcess.title.fi }).waitFor();

    // Where the process stands: every phase in order, and the bar of elapsed time.
    const phases = page.getByRole('list', { name: fi('processes.progress.phases') }).getByRole('listitem');
    assert.equal(await phases.count(), raumaPhases.length);
    for (const [index, phase] of raumaPhases.entries()) {
      assert.ok((await phases.nth(index).textContent())?.includes(phase.title.fi), `phase ${index + 1} is ${phase.title.fi}`);
    }
    const bar = page.getByRole('progressbar', { name: fi('processes.progress.bar') });
    assert.match((await bar.getAttribute('aria-valuenow')) ?? '', /^\d+$/);

    // The story is there, in Finnish.
    const story = page.getByRole('region', { name: fi('processes.story.title') });
    await story.getByText('Rauman Tarina on Rauman kaupungin strategiatyö vuonna 2013').first().waitFor();

    // The language switch keeps the same page and says so in the lang attribute.
    const languages = page.getByRole('navigation', { name: fi('platform.layout.languages') });
    await journey.tabTo(languages.getByRole('link', { name: 'På svenska' }));
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, `/sv/processes/${raumaProcess.slug}`);
    assert.equal(await langOfPage(journey), 'sv');
    await page.getByRole('heading', { level: 1, name: swedish(raumaProcess.title) }).waitFor();
    await page.getByRole('region', { name: sv('processes.story.title') }).waitFor();

    // The timeline, then only what is for the city's staff.
    const sections = page.getByRole('navigation', { name: sv('processes.nav.sections') });
    await journey.tabTo(sections.getByRole('link', { name: sv('processes.nav.timeline') }));
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).pathname, `/sv/processes/${raumaProcess.slug}/timeline`);
    for (const item of [...forStaff, ...notForStaff]) await page.getByText(swedish(item.title), { exact: true }).first().waitFor();

    const audience = page.getByLabel(sv('processes.timeline.filterLabel'));
    await journey.tabTo(audience);
    await audience.selectOption({ label: swedish(staff.name) });
    await journey.tabTo(page.getByRole('button', { name: sv('processes.timeline.filterSubmit') }));
    await journey.follow(() => page.keyboard.press('Enter'));

    assert.equal(new URL(page.url()).pathname, `/sv/processes/${raumaProcess.slug}/timeline`);
    assert.equal(await langOfPage(journey), 'sv');
    const summary = sv('processes.timeline.filtered', { count: forStaff.length, body: swedish(staff.name) });
    await page.getByRole('status').filter({ hasText: summary }).waitFor();
    const selected = await page.getByLabel(sv('processes.timeline.filterLabel')).evaluate((select) => {
      const element = select as HTMLSelectElement;
      return element.options[element.selectedIndex]?.text;
    });
    assert.equal(selected, swedish(staff.name), 'the filter shows which body it is set to');
    for (const item of forStaff) await page.getByText(swedish(item.title), { exact: true }).first().waitFor();
    for (const item of notForStaff) {
      assert.equal(await page.getByText(swedish(item.title), { exact: true }).count(), 0, `${swedish(item.title)} is not for staff`);
    }
  },
  { viewport: PHONE },
);
