/**
 * A live workshop in real browsers: a facilitator runs a session through every stage
 * while two phones post and vote and the projector shows the result; and a facilitator
 * who uses only the keyboard clusters and merges notes. Every page every window loads
 * is checked with axe, and the pages the scripts changed in place are checked again.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { createWorkshop, join, setStage } from '../../src/modules/workshops/test-support/fixtures.ts';
import { Journey, journey, PHONE, reloadsAfter } from './support/journey.ts';

type Fi = (key: string, values?: Record<string, string | number>) => string;

/** Signs the demo admin in through the sign-in form, without the mouse. */
async function signIn(journey: Journey, fi: Fi): Promise<void> {
  await journey.open('/fi/sign-in');
  await journey.page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await journey.page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => journey.page.getByLabel(fi('accounts.field.password')).press('Enter'));
}

/** Another window (a fresh browser context, or a new tab of `sameAs`), checked like the journey's own. */
async function openWindow(journey: Journey, viewport: { width: number; height: number }, sameAs?: Page): Promise<Journey> {
  const context = sameAs ? sameAs.context() : await journey.page.context().browser()!.newContext({ viewport });
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  return new Journey(page, journey.app);
}

/** A phone joins by the code from the projector, without an account. */
async function joinByCode(phone: Journey, fi: Fi, code: string): Promise<void> {
  await phone.open('/fi/join');
  await phone.page.getByLabel(fi('workshops.join.code')).fill(code.toLowerCase());
  await phone.follow(() => phone.page.getByRole('button', { name: fi('workshops.join.continue') }).click());
  await phone.follow(() => phone.page.getByRole('button', { name: fi('workshops.join.submit') }).click());
  await phone.page.getByText(fi('workshops.room.waiting')).waitFor();
}

journey(
  'a facilitator runs a workshop through every stage while two phones post and vote, and the projector shows the result',
  async (journey) => {
    const fi: Fi = (key, values) => journey.t('fi', key, values);
    const admin = await journey.app.adminClient();
    const workshop = await createWorkshop(journey.app, admin, { dotsPerParticipant: 2 });
    const promptId = workshop.prompts[0]!.id;
    const facilitator = journey;
    const { page } = facilitator;
    await signIn(facilitator, fi);
    await facilitator.open(`/fi/admin/workshops/${workshop.id}`);
    assert.equal(await page.locator('.workshop-join__code').first().textContent(), workshop.joinCode);

    const anna = await openWindow(journey, PHONE);
    const bertil = await openWindow(journey, PHONE);
    await joinByCode(anna, fi, workshop.joinCode);
    await joinByCode(bertil, fi, workshop.joinCode);
    const phones = [anna, bertil];

    // Writing opens for everyone at once: the console and both phones change stage. Each stage is the
    // prompt's one next step, the console's primary button.
    const moveTo = async (stage: string) => {
      const next = page.locator(`#prompt-${promptId}`).locator('#console-next-action');
      const name = stage === 'writing' ? fi('workshops.console.start', { number: 1 }) : fi('workshops.console.advance', { stage });
      assert.equal(await next.textContent(), name);
      await next.click();
    };
    await reloadsAfter([facilitator, ...phones], () => moveTo('writing'));
    await anna.page.getByRole('heading', { name: fi('workshops.room.writeTitle') }).waitFor();

    // The projector, in a tab of the facilitator's browser, follows the room live from here on.
    const projector = await openWindow(journey, { width: 1600, height: 900 }, page);
    await projector.open(`/fi/admin/workshops/${workshop.id}/projector`);
    await projector.page.getByText(workshop.joinCode).first().waitFor();

    // Both phones post through the script (no reload); the notes reach the console and the projector live.
    const post = async (phone: Journey, text: string) => {
      await phone.page.getByRole('textbox', { name: fi('workshops.room.noteLabel') }).fill(text);
      await phone.page.getByRole('button', { name: fi('workshops.room.post') }).click();
      await phone.page.locator('#workshop-own-notes').getByText(text, { exact: true }).waitFor();
    };
    await post(anna, 'Kävelykatu Kauppakadulle');
    await post(anna, 'Pyöräteitä Pohjoiskehälle');
    await post(bertil, 'Lisää pyöräteitä');
    await post(bertil, 'Vanha Rauma eläväksi');
    for (const text of ['Kävelykatu Kauppakadulle', 'Pyöräteitä Pohjoiskehälle', 'Lisää pyöräteitä', 'Vanha Rauma eläväksi']) {
      await page.locator('#console-wall').getByText(text, { exact: true }).waitFor();
      await projector.page.locator('#projector-walls').getByText(text, { exact: true }).waitFor();
    }
    // Each phone sees the other's notes appear without reloading.
    await anna.page.locator('#workshop-wall').getByText('Vanha Rauma eläväksi', { exact: true }).waitFor();

    // A timer for the writing (the console shows it), then the room is locked and opened again.
    await page.getByLabel(fi('workshops.console.timerMinutes')).fill('5');
    await reloadsAfter([facilitator], () => page.getByRole('button', { name: fi('workshops.console.startTimer') }).click());
    await page.getByRole('button', { name: fi('workshops.console.stopTimer') }).waitFor();
    await reloadsAfter([facilitator, ...phones, projector], () =>
      page.getByRole('button', { name: fi('workshops.console.lock'), exact: true }).click(),
    );
    await anna.page.getByText(fi('workshops.room.locked')).waitFor();
    await reloadsAfter([facilitator, ...phones, projector], () =>
      page.getByRole('button', { name: fi('workshops.console.unlock'), exact: true }).click(),
    );

    // Clustering: a named cluster, two notes dragged into it, and a duplicate merged.
    await reloadsAfter([facilitator, ...phones], () => moveTo('clustering'));
    const wall = page.locator('#console-wall');
    await wall.getByLabel(fi('workshops.console.clusterName')).fill('Liikenne');
    await wall.getByRole('button', { name: fi('workshops.console.addCluster') }).click();
    const cluster = wall.locator('.workshop-cluster').filter({ has: page.getByRole('heading', { name: 'Liikenne' }) });
    await cluster.waitFor();
    for (const text of ['Pyöräteitä Pohjoiskehälle', 'Lisää pyöräteitä', 'Kävelykatu Kauppakadulle']) {
      await wall.locator('.workshop-note').filter({ hasText: text }).first().dragTo(cluster);
      await cluster.locator('.workshop-note__text', { hasText: text }).waitFor();
    }
    await cluster.getByRole('button', { name: fi('workshops.console.noteActions', { note: 'Lisää pyöräteitä' }) }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: 'Pyöräteitä Pohjoiskehälle' }).click();
    await cluster.locator('.workshop-note__duplicates').getByText('Lisää pyöräteitä').waitFor();
    await facilitator.checkPage();
    await projector.page.locator('#projector-walls').getByRole('heading', { name: 'Liikenne' }).waitFor();

    // The dot vote: each phone places a dot on the cluster and one on the loose note.
    await reloadsAfter([facilitator, ...phones], () => moveTo('voting'));
    for (const phone of phones) {
      const onCluster = phone.page.locator('#workshop-wall .workshop-cluster').filter({ hasText: 'Liikenne' });
      await onCluster.getByRole('button', { name: fi('workshops.vote.add') }).click();
      await onCluster.getByText(fi('workshops.vote.yours', { count: 1 })).waitFor();
    }
    const loose = anna.page.locator('#workshop-wall li').filter({ hasText: 'Vanha Rauma eläväksi' });
    await loose.getByRole('button', { name: fi('workshops.vote.add') }).click();
    await anna.page.getByText(fi('workshops.vote.dotsLeft', { count: 0, dots: 2 })).waitFor();
    for (const phone of phones) await phone.checkPage();

    // Results: the phones show them, and the projector ranks the cluster first with its two dots.
    await reloadsAfter([facilitator, ...phones], () => moveTo('results'));
    const ranking = projector.page.locator('.projector__ranking > li');
    await ranking
      .first()
      .filter({ hasText: 'Liikenne' })
      .getByText(fi('workshops.wall.votes', { count: 2 }))
      .waitFor();
    await ranking
      .nth(1)
      .filter({ hasText: 'Vanha Rauma eläväksi' })
      .getByText(fi('workshops.wall.votes', { count: 1 }))
      .waitFor();
    await projector.checkPage();
    await anna.page
      .locator('#workshop-wall')
      .getByText(fi('workshops.wall.votes', { count: 2 }))
      .first()
      .waitFor();

    // Every note is a contribution with its cluster and votes.
    const recorded = await journey.app.context.db
      .selectFrom('workshop_notes')
      .select(['text', 'cluster_id', 'merged_into_id'])
      .where('workshop_id', '=', workshop.id)
      .execute();
    assert.equal(recorded.length, 4);
    assert.equal(recorded.filter((note) => note.cluster_id !== null).length, 3);
    for (const window of [...phones, projector]) {
      window.expectAllChecked();
      await window.page.close();
    }
  },
);

journey('a facilitator who uses only the keyboard names a cluster, moves notes into it and merges a duplicate', async (journey) => {
  const fi: Fi = (key, values) => journey.t('fi', key, values);
  const { page } = journey;
  const admin = await journey.app.adminClient();
  const workshop = await createWorkshop(journey.app, admin);
  const promptId = workshop.prompts[0]!.id;
  const phone = journey.app.client();
  await join(phone, workshop.joinCode);
  await setStage(admin, workshop.id, promptId, 'writing');
  for (const text of ['Satama auki asukkaille', 'Rantaraitti satamaan', 'Kirjasto auki iltaisin']) {
    const posted = await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text });
    assert.equal(posted.status, 201, posted.text);
  }
  await setStage(admin, workshop.id, promptId, 'clustering');

  await signIn(journey, fi);
  await journey.open(`/fi/admin/workshops/${workshop.id}`);
  const wall = page.locator('#console-wall');
  const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

  // A new cluster: Tab to its name, type, Enter.
  await journey.tabTo(wall.getByLabel(fi('workshops.console.clusterName')), 120);
  await page.keyboard.type('Satama');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const cluster = wall.locator('.workshop-cluster').filter({ has: page.getByRole('heading', { name: 'Satama' }) });
  await cluster.waitFor();

  // Each harbour note: Tab to its action menu's button, Enter opens the menu on its first item, typing
  // the cluster's name moves to it, Enter moves the note.
  for (const text of ['Satama auki asukkaille', 'Rantaraitti satamaan']) {
    const button = wall.getByRole('button', { name: fi('workshops.console.noteActions', { note: text }) });
    await journey.tabTo(button, 200);
    assert.equal(await button.getAttribute('aria-haspopup'), 'menu');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.type('Satama');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'menuitem');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Satama');
    await page.keyboard.press('Enter');
    await cluster.locator('.workshop-note__text', { hasText: text }).waitFor();
    // Focus stays on the note's button, not thrown back to the top of the page.
    assert.equal(await focused(), await button.getAttribute('id'));
  }

  // The second note is a duplicate of the first: merged from its menu (Up opens it on its last item, "hide",
  // set apart at the end so that Enter on the first item never hides; Up again reaches the merge).
  await journey.tabTo(cluster.getByRole('button', { name: fi('workshops.console.noteActions', { note: 'Rantaraitti satamaan' }) }), 200);
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), fi('workshops.console.menuHide'));
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Satama auki asukkaille');
  await page.keyboard.press('Enter');
  await cluster.locator('.workshop-note__duplicates').getByText('Rantaraitti satamaan').waitFor();
  await journey.checkPage();

  const notes = await journey.app.context.db
    .selectFrom('workshop_notes')
    .select(['text', 'cluster_id', 'merged_into_id'])
    .where('workshop_id', '=', workshop.id)
    .orderBy('text')
    .execute();
  const byText = new Map(notes.map((note) => [note.text, note]));
  assert.equal(byText.get('Kirjasto auki iltaisin')?.cluster_id, null);
  assert.ok(byText.get('Satama auki asukkaille')?.cluster_id);
  assert.ok(byText.get('Rantaraitti satamaan')?.merged_into_id);
});
