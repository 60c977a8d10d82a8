/**
 * A work community's lead holds its dialogue live (issue 18): she opens a workshop room from the
 * community's page, three phones join by its code without accounts and write notes on the first
 * question, she takes the notes into the record's draft and submits it. Every page every window
 * loads is checked with axe.
 */
import assert from 'node:assert/strict';
import { createLead, createRoundByApi, unitOf } from '../../src/modules/dialogues/test-support/world.ts';
import { PERSON_PASSWORD } from '../../src/platform/testing/people.ts';
import { Journey, journey, PHONE, reloadsAfter } from './support/journey.ts';

type Fi = (key: string, values?: Record<string, string | number>) => string;

/** A phone of its own (a fresh browser context), checked like the journey's own window. */
async function openPhone(journey: Journey): Promise<Journey> {
  const context = await journey.page.context().browser()!.newContext({ viewport: PHONE });
  return new Journey(await context.newPage(), journey.app);
}

/** A phone joins by the code the lead reads out, without an account. */
async function joinByCode(phone: Journey, fi: Fi, code: string): Promise<void> {
  await phone.open('/fi/join');
  await phone.page.getByLabel(fi('workshops.join.code')).fill(code.toLowerCase());
  await phone.follow(() => phone.page.getByRole('button', { name: fi('workshops.join.continue') }).click());
  await phone.follow(() => phone.page.getByRole('button', { name: fi('workshops.join.submit') }).click());
  await phone.page.getByText(fi('workshops.room.waiting')).waitFor();
}

journey(
  'a lead holds her work community’s dialogue live with three phones, takes the notes into the record and submits it',
  async (journey) => {
    const { page } = journey;
    const fi: Fi = (key, values) => journey.t('fi', key, values);
    const admin = await journey.app.adminClient();
    const health = unitOf(journey.app, 'health-services');
    const lead = await createLead(journey.app, admin, 'journey-live-lead', health);
    const roundId = await createRoundByApi(journey.app, admin, { unitIds: [health] });
    const main = page.getByRole('main');

    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(lead.email);
    await main.getByLabel(fi('accounts.field.password')).fill(PERSON_PASSWORD);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

    const path = `/fi/dialogues/${roundId}/communities/${health}`;
    await journey.open(path);
    await journey.follow(() => main.getByRole('button', { name: fi('dialogues.live.open') }).click());
    await main.getByText(fi('dialogues.live.opened')).waitFor();
    const code = /koodilla ([A-Z0-9]{6})\./.exec((await main.textContent()) ?? '')?.[1];
    assert.ok(code, 'the page shows the room’s join code');

    const phones = [await openPhone(journey), await openPhone(journey), await openPhone(journey)];
    for (const phone of phones) await joinByCode(phone, fi, code);

    // The lead runs the room as its host: the console's next step opens the first question for writing.
    await journey.follow(() => main.getByRole('link', { name: fi('dialogues.live.console') }).click());
    await reloadsAfter([journey, ...phones], () => page.locator('[id^="prompt-"]').first().locator('#console-next-action').click());
    const notes = ['Asiakas ensin', 'Yhteinen suunta', 'Kysymme asiakkaalta'];
    for (const [index, phone] of phones.entries()) {
      await phone.page.getByRole('textbox', { name: fi('workshops.room.noteLabel') }).fill(notes[index]!);
      await phone.page.getByRole('button', { name: fi('workshops.room.post') }).click();
      await phone.page.locator('#workshop-own-notes').getByText(notes[index]!, { exact: true }).waitFor();
    }
    for (const note of notes) await page.locator('#console-wall').getByText(note, { exact: true }).waitFor();

    await journey.open(path);
    await main.getByText(fi('dialogues.live.counts', { participants: 3, notes: 3 })).waitFor();
    await journey.follow(() => main.getByRole('button', { name: fi('dialogues.live.takeNotes') }).click());
    await main.getByText(fi('dialogues.live.notesTaken')).waitFor();
    const answers = main.getByRole('textbox', { name: /^Vastaus kysymykseen/ });
    assert.equal(await answers.nth(0).inputValue(), notes.map((note) => `– ${note}`).join('\n'));
    assert.equal(await main.getByLabel(fi('dialogues.record.participants')).inputValue(), '3', 'those who joined');

    await main.getByLabel(fi('dialogues.record.heldOn')).fill('2026-05-20');
    await journey.follow(() => main.getByRole('button', { name: fi('dialogues.record.submit') }).click());
    await main.getByText(fi('dialogues.record.submitted')).waitFor();
    await main.getByText(fi('dialogues.status.held'), { exact: true }).first().waitFor();
    for (const phone of phones) await phone.page.context().close();
  },
  { viewport: PHONE },
);
