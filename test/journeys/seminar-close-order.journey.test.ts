/**
 * Ordering a seminar's agreed outcome on its closing page, by keyboard: each row's
 * "move up" / "move down" buttons, with the page's script (the row swaps in place and
 * the keyboard stays on it) and without it (the form posts, comes back reordered with
 * every typed value kept, and the keyboard lands on the moved row's button again).
 * Whatever is recorded keeps the order the facilitator made.
 */
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { createWorkshop, setStage } from '../../src/modules/workshops/test-support/fixtures.ts';
import { type Journey, journey } from './support/journey.ts';

type Fi = (key: string, values?: Record<string, string | number>) => string;

/** A seminar with two clusters (made while clustering), and the facilitator (the demo admin) signed in on its closing page. */
async function openClosingPage(journey: Journey, fi: Fi): Promise<{ id: string; clusterIds: Record<string, string> }> {
  const { app, page } = journey;
  const admin = await app.adminClient();
  const seminar = await createWorkshop(app, admin, { kind: 'seminar' });
  await setStage(admin, seminar.id, seminar.prompts[0]!.id, 'clustering');
  for (const name of ['Avoimuus', 'Rohkeus']) {
    const added = await admin.postForm(`/fi/admin/workshops/${seminar.id}/actions/create-cluster`, {
      name,
      promptId: seminar.prompts[0]!.id,
    });
    assert.equal(added.status, 303);
  }
  const clusters = await app.context.db
    .selectFrom('workshop_clusters')
    .select(['id', 'name'])
    .where('workshop_id', '=', seminar.id)
    .execute();
  await journey.open('/fi/sign-in');
  await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => page.getByLabel(fi('accounts.field.password')).press('Enter'));
  await journey.open(`/fi/admin/workshops/${seminar.id}/close`);
  return { id: seminar.id, clusterIds: Object.fromEntries(clusters.map((cluster) => [cluster.name, cluster.id])) };
}

/** The closing form's rows as the page holds them now: each text and chosen cluster. */
async function rowsOf(journey: Journey): Promise<Array<{ text: string; cluster: string }>> {
  return journey.page.locator('ol.workshop-outcome-form > li').evaluateAll((items) =>
    items.map((item) => ({
      text: (item.querySelector('input[name$=".text"]') as HTMLInputElement).value,
      cluster: (item.querySelector('select') as HTMLSelectElement).value,
    })),
  );
}

function row(journey: Journey, index: number): Locator {
  return journey.page.locator('ol.workshop-outcome-form > li').nth(index);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** The outcome recorded for the seminar, in its order. */
async function recorded(journey: Journey, id: string): Promise<Array<{ text: string; cluster: string | null }>> {
  return journey.app.context.db
    .selectFrom('workshop_outcomes')
    .select(['text', 'cluster_id as cluster'])
    .where('workshop_id', '=', id)
    .orderBy('position')
    .execute();
}

journey('a facilitator orders the seminar’s outcome with the rows’ move buttons, the rows swapping in place', async (journey) => {
  const fi: Fi = (key, values) => journey.t('fi', key, values);
  const { page } = journey;
  const { id, clusterIds } = await openClosingPage(journey, fi);
  const start = await rowsOf(journey);
  assert.equal(start.length, 5, 'two clusters and three blank rows');
  const [first, second] = start;
  await row(journey, 2)
    .getByRole('textbox', { name: fi('workshops.close.item', { number: 3 }) })
    .fill('Kestävä kaupunki');
  await row(journey, 2)
    .getByRole('combobox', { name: fi('workshops.close.fromCluster', { number: 3 }) })
    .selectOption(clusterIds.Rohkeus!);

  await journey.tabTo(row(journey, 0).getByRole('button', { name: fi('workshops.close.moveDown') }), 80);
  await page.keyboard.press('Enter');
  assert.deepEqual((await rowsOf(journey)).slice(0, 3), [second, first, { text: 'Kestävä kaupunki', cluster: clusterIds.Rohkeus }]);
  assert.ok(
    await isFocused(row(journey, 1).getByRole('button', { name: fi('workshops.close.moveDown') })),
    'the keyboard moves with the row',
  );
  await page
    .locator('#workshop-outcome-announcer')
    .getByText(fi('workshops.close.moved', { from: 1, to: 2 }))
    .waitFor();

  await journey.tabTo(row(journey, 2).getByRole('button', { name: fi('workshops.close.moveUp') }), 10);
  await page.keyboard.press('Enter');
  assert.deepEqual((await rowsOf(journey)).slice(0, 3), [second, { text: 'Kestävä kaupunki', cluster: clusterIds.Rohkeus }, first]);
  assert.ok(await isFocused(row(journey, 1).getByRole('button', { name: fi('workshops.close.moveUp') })));
  await page.keyboard.press('Enter');
  assert.ok(
    await isFocused(row(journey, 0).getByRole('button', { name: fi('workshops.close.moveDown') })),
    'at the top the keyboard goes to the row’s other button',
  );
  await journey.checkPage();

  await journey.follow(() => page.getByRole('button', { name: fi('workshops.close.recordAndClose') }).click());
  await page.getByText(fi('workshops.close.closedSeminar')).waitFor();
  await page.getByText(fi('workshops.console.ended', { kind: 'seminar' })).waitFor();
  assert.deepEqual(
    (await recorded(journey, id)).map((item) => item.text),
    ['Kestävä kaupunki', second!.text, first!.text],
  );
});

journey(
  'without JavaScript the move and add buttons post the form back reordered, every value kept, the keyboard on the moved row',
  async (journey) => {
    const fi: Fi = (key, values) => journey.t('fi', key, values);
    const { page } = journey;
    const { id, clusterIds } = await openClosingPage(journey, fi);
    const [first, second] = await rowsOf(journey);
    await row(journey, 2)
      .getByRole('textbox', { name: fi('workshops.close.item', { number: 3 }) })
      .fill('Kestävä kaupunki');

    await journey.tabTo(row(journey, 0).getByRole('button', { name: fi('workshops.close.moveDown') }), 80);
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.deepEqual((await rowsOf(journey)).slice(0, 3), [second, first, { text: 'Kestävä kaupunki', cluster: '' }]);
    assert.ok(
      await isFocused(row(journey, 1).getByRole('button', { name: fi('workshops.close.moveDown') })),
      'the keyboard lands on the moved row',
    );
    await page.getByText(fi('workshops.close.moved', { from: 1, to: 2 })).waitFor();

    await journey.follow(() => page.keyboard.press('Enter'));
    assert.deepEqual((await rowsOf(journey)).slice(0, 3), [second, { text: 'Kestävä kaupunki', cluster: '' }, first]);

    const count = (await rowsOf(journey)).length;
    await journey.follow(() => page.getByRole('button', { name: fi('workshops.close.addRow') }).click());
    const rows = await rowsOf(journey);
    assert.equal(rows.length, count + 1);
    assert.ok(await isFocused(page.getByRole('button', { name: fi('workshops.close.addRow') })));
    await row(journey, count)
      .getByRole('textbox', { name: fi('workshops.close.item', { number: count + 1 }) })
      .fill('Uusi kohta');
    await row(journey, count)
      .getByRole('combobox', { name: fi('workshops.close.fromCluster', { number: count + 1 }) })
      .selectOption(clusterIds.Avoimuus!);

    // Enter in a field sends the form to be recorded, as it did before the rows had buttons of their own.
    await journey.follow(() =>
      row(journey, count)
        .getByRole('textbox', { name: fi('workshops.close.item', { number: count + 1 }) })
        .press('Enter'),
    );
    await page.getByText(fi('workshops.close.closedSeminar')).waitFor();
    assert.deepEqual(await recorded(journey, id), [
      { text: second!.text, cluster: second!.cluster },
      { text: 'Kestävä kaupunki', cluster: null },
      { text: first!.text, cluster: first!.cluster },
      { text: 'Uusi kohta', cluster: clusterIds.Avoimuus! },
    ]);
  },
  { withoutScripts: true },
);
