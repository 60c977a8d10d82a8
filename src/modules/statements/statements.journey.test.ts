/**
 * A resident on a phone answers the Rauma statements by keyboard without
 * JavaScript, writes one of their own and finds themself on the opinion map;
 * another answers with JavaScript, without page loads; a moderator then
 * publishes the first one's statement. Every page, and the voting page after
 * each change the script makes, is checked with axe-core (WCAG 2.1 A/AA).
 */
import assert from 'node:assert/strict';
import { type Journey, journey, PHONE } from '../../../test/journeys/support/journey.ts';
import { DEMO_ADMIN } from '../../demo.ts';
import { recomputeOpinionGroups } from './computation/recompute-opinion-groups.ts';
import { DEMO_QUESTION } from './demo/demo-statements.ts';

const OWN_STATEMENT = 'Rauman kanaalin varteen tarvitaan penkkejä ja valoja.';

async function answer(journey: Journey, buttonKey: string): Promise<void> {
  const button = journey.page.getByRole('main').getByRole('button', { name: journey.t('fi', buttonKey), exact: true });
  await journey.tabTo(button);
  await journey.follow(() => journey.page.keyboard.press('Enter'));
}

journey(
  'a resident on a phone without JavaScript answers statements by keyboard, writes one and finds their group on the map',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');

    await journey.open('/fi/processes/rauman-tarina/statements');
    await journey.follow(() => main.getByRole('link', { name: DEMO_QUESTION.fi }).click());
    await page.getByRole('heading', { level: 1, name: DEMO_QUESTION.fi }).waitFor();
    assert.ok((await main.textContent())?.includes(fi('statements.vote.progress', { voted: 0, total: 41 })));

    const keys = ['statements.vote.agree', 'statements.vote.disagree', 'statements.vote.pass'];
    for (let index = 0; index < 9; index++) await answer(journey, keys[index % 3] as string);
    await main
      .getByRole('status')
      .filter({ hasText: fi('statements.vote.recorded') })
      .waitFor();
    assert.ok((await main.textContent())?.includes(fi('statements.vote.progress', { voted: 9, total: 41 })));

    await main.getByRole('textbox', { name: fi('statements.submit.text') }).fill(OWN_STATEMENT);
    await journey.follow(() => main.getByRole('button', { name: fi('statements.submit.send') }).click());
    await main
      .getByRole('status')
      .filter({ hasText: fi('statements.submit.awaitingModeration') })
      .waitFor();

    await recomputeOpinionGroups(journey.app.context, journey.app.demo.statementChannelId as string);
    await journey.follow(() => main.getByRole('link', { name: fi('statements.vote.resultsLink') }).click());
    await page.getByRole('img', { name: fi('statements.map.title') }).waitFor();
    await main.getByRole('table', { name: fi('statements.results.mapTableCaption') }).waitFor();
    assert.match((await main.textContent()) ?? '', /Olet ryhmässä [A-E]\./);
  },
  { viewport: PHONE, withoutScripts: true },
);

journey(
  'a resident on a phone with JavaScript answers statements without page loads and finds their group on the map',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const channelId = journey.app.demo.statementChannelId as string;
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });

    await journey.open(`/fi/processes/rauman-tarina/statements/${channelId}`);
    const firstLoads = loads;
    const heading = main.getByRole('heading', { level: 2, name: /^Väite/ });
    const keys = ['statements.vote.agree', 'statements.vote.disagree', 'statements.vote.pass'];
    for (let index = 0; index < 9; index++) {
      const before = await heading.textContent();
      await main.getByRole('button', { name: fi(keys[index % 3] as string), exact: true }).click();
      await main.getByText(fi('statements.vote.progress', { voted: index + 1, total: 41 })).waitFor();
      assert.notEqual(await heading.textContent(), before, 'the next statement replaced the answered one');
    }
    assert.equal(loads, firstLoads, 'no page was loaded for the votes');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'current-statement-heading',
      'the focus moved to the new statement',
    );
    assert.equal((await page.locator('[data-vote-announcer]').textContent())?.trim(), fi('statements.vote.recorded'));
    await journey.checkPage();

    await recomputeOpinionGroups(journey.app.context, channelId);
    await journey.follow(() => main.getByRole('link', { name: fi('statements.vote.resultsLink') }).click());
    await page.getByRole('img', { name: fi('statements.map.title') }).waitFor();
    assert.match((await main.textContent()) ?? '', /Olet ryhmässä [A-E]\./);
  },
  { viewport: PHONE },
);

journey('a moderator publishes a resident’s statement from the moderation queue', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const channelId = journey.app.demo.statementChannelId as string;

  await journey.open('/fi/sign-in');
  await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
  await journey.open('/fi/admin/statements');
  // The 2013 channel's row: the live round's channel is listed too.
  const row = main.getByRole('row').filter({ hasText: 'Millainen Rauman pitäisi olla vuonna 2025?' });
  await journey.follow(() => row.getByRole('link', { name: fi('statements.admin.edit') }).click());
  await journey.follow(() => main.getByRole('link', { name: fi('statements.admin.moderate') }).click());
  const pending = main.getByRole('listitem').filter({ hasText: 'Lapin ja Kodisjoen kyläkouluille' });
  await journey.follow(() => pending.getByRole('button', { name: fi('statements.moderation.publish') }).click());
  await main
    .getByRole('status')
    .filter({ hasText: fi('statements.moderation.published') })
    .waitFor();
  await journey.open(`/fi/processes/rauman-tarina/statements/${channelId}/results`);
});
