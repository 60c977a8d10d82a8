/**
 * The facilitator's console refreshes its wall when the room changes. A refresh that was
 * already on its way when the facilitator began typing a cluster's name must not wipe what
 * they typed: the swap waits until they leave the field or send it. The wall's answer is
 * held back at the network so that it lands mid-typing every time.
 */
import assert from 'node:assert/strict';
import type { Route } from 'playwright-core';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { createWorkshop, join, setStage } from '../../src/modules/workshops/test-support/fixtures.ts';
import { type Journey, journey } from './support/journey.ts';

type Fi = (key: string, values?: Record<string, string | number>) => string;

/** True for the console's fetch of its wall fragment. */
const isWallFragment = (url: URL) => /\/admin\/workshops\/[^/]+\/wall$/.test(url.pathname);

/** A workshop in writing with one phone joined; `post` writes a note as the phone, `openConsole` signs the facilitator in and opens the console. */
async function writingRoom(journey: Journey) {
  const fi: Fi = (key, values) => journey.t('fi', key, values);
  const { app, page } = journey;
  const admin = await app.adminClient();
  const workshop = await createWorkshop(app, admin);
  await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
  const phone = app.client();
  assert.equal((await join(phone, workshop.joinCode)).status, 200);
  const post = async (text: string) => {
    const response = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
    assert.equal(response.status, 201, response.text);
  };
  const openConsole = async () => {
    await journey.open('/fi/sign-in');
    await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
    await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
    await journey.follow(() => page.getByLabel(fi('accounts.field.password')).press('Enter'));
    await journey.open(`/fi/admin/workshops/${workshop.id}`);
    return page.locator('#console-wall');
  };
  return { fi, app, page, admin, workshop, post, openConsole };
}

journey('a refresh of the console’s wall that lands while the facilitator types a cluster name keeps what they typed', async (journey) => {
  const { fi, page, post, openConsole } = await writingRoom(journey);
  await post('Enemmän penkkejä puistoon');

  const wall = await openConsole();
  await wall.getByText('Enemmän penkkejä puistoon', { exact: true }).waitFor();

  // Hold the next wall fragment at the network until the facilitator has begun typing.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held: (route: Route) => void = () => {};
  const fetchHeld = new Promise<Route>((resolve) => {
    held = resolve;
  });
  await page.route(isWallFragment, async (route) => {
    held(route);
    await released;
    await route.continue();
  });
  const answered = page.waitForResponse((response) => isWallFragment(new URL(response.url())));

  // A phone posts: the live channel tells the console, which starts fetching its wall.
  await post('Kirjasto auki sunnuntaisin');
  await fetchHeld;
  const name = wall.getByLabel(fi('workshops.console.clusterName'));
  await name.click();
  await page.keyboard.type('Viihtyis');
  release();
  await answered;
  // The answer is in; give the script a moment to (wrongly) swap the wall.
  await page.waitForTimeout(300);
  await page.keyboard.type('yys');
  assert.equal(await name.inputValue(), 'Viihtyisyys', 'what was typed before the answer came survives it');
  assert.equal(await wall.getByText('Kirjasto auki sunnuntaisin', { exact: true }).count(), 0, 'the wall waits while the field is in use');
  await page.unroute(isWallFragment);

  // Sending the name (Enter, the focus stays in the field) refreshes the wall: the cluster and the new note appear.
  await page.keyboard.press('Enter');
  await wall.locator('.workshop-cluster').getByRole('heading', { name: 'Viihtyisyys' }).waitFor();
  await wall.getByText('Kirjasto auki sunnuntaisin', { exact: true }).waitFor();
  assert.equal(await wall.getByLabel(fi('workshops.console.clusterName')).inputValue(), '');
  await journey.checkPage();
});

journey('a refresh held while the facilitator chooses in a note’s menu keeps the menu open until they choose', async (journey) => {
  const { fi, page, admin, workshop, post, openConsole } = await writingRoom(journey);
  await post('Rantaraitti satamaan');
  const created = await admin.api('POST', `/api/v1/workshops/${workshop.id}/clusters`, { name: 'Satama' });
  assert.equal(created.status, 201, created.text);

  const wall = await openConsole();
  const cluster = wall.locator('.workshop-cluster').filter({ has: page.getByRole('heading', { name: 'Satama' }) });
  await cluster.waitFor();

  // Open the note's menu by keyboard and go to the cluster; while the menu is open a note arrives.
  const button = wall.getByRole('button', { name: fi('workshops.console.noteActions', { note: 'Rantaraitti satamaan' }) });
  await journey.tabTo(button, 200);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sat');
  const answered = page.waitForResponse((response) => isWallFragment(new URL(response.url())));
  await post('Kirjasto auki sunnuntaisin');
  await page.waitForTimeout(500);
  assert.equal(await wall.getByText('Kirjasto auki sunnuntaisin', { exact: true }).count(), 0, 'the wall waits while the menu is open');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Satama', 'the menu is still open on the chosen item');

  // Enter chooses: the note moves, the held refresh comes in, and the keyboard is back on the note's button.
  await page.keyboard.press('Enter');
  await answered;
  await wall.getByText('Kirjasto auki sunnuntaisin', { exact: true }).waitFor();
  await cluster.locator('.workshop-note__text', { hasText: 'Rantaraitti satamaan' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), await button.getAttribute('id'));
  await journey.checkPage();
});

journey(
  'the wall the facilitator’s own move asked for waits, when it comes late, until they choose in the next note’s menu',
  async (journey) => {
    const { fi, page, admin, workshop, post, openConsole } = await writingRoom(journey);
    await post('Rantaraitti satamaan');
    await post('Satama auki asukkaille');
    const created = await admin.api('POST', `/api/v1/workshops/${workshop.id}/clusters`, { name: 'Satama' });
    assert.equal(created.status, 201, created.text);

    const wall = await openConsole();
    const cluster = wall.locator('.workshop-cluster').filter({ has: page.getByRole('heading', { name: 'Satama' }) });
    await cluster.waitFor();
    const menuButton = (note: string) => wall.getByRole('button', { name: fi('workshops.console.noteActions', { note }) });

    // Every wall fragment is held at the network until released: the move's own refresh comes in late.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(isWallFragment, async (route) => {
      await released;
      await route.continue();
    });
    const moved = page.waitForResponse((response) => /\/notes\/[^/]+\/move$/.test(new URL(response.url()).pathname));
    await journey.tabTo(menuButton('Rantaraitti satamaan'), 200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sat');
    await page.keyboard.press('Enter');
    await moved;

    // The next note's menu opens while the first move's wall is still on its way; then the wall comes in.
    const second = menuButton('Satama auki asukkaille');
    await journey.tabTo(second, 200);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sat');
    const answered = page.waitForResponse((response) => isWallFragment(new URL(response.url())));
    release();
    await answered;
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Satama', 'the menu stays open on the chosen item');

    // Enter chooses: both notes are in the cluster, and the keyboard is on the second note's button.
    await page.unroute(isWallFragment);
    await page.keyboard.press('Enter');
    for (const text of ['Rantaraitti satamaan', 'Satama auki asukkaille']) {
      await cluster.locator('.workshop-note__text', { hasText: text }).waitFor();
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), await second.getAttribute('id'));
    await journey.checkPage();
  },
);
