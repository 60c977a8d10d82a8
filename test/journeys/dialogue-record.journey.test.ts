/**
 * A work community's lead records her community's dialogue afterwards on a phone: she opens it,
 * fills in the five-minute form (date, participants, an answer per question, a commitment,
 * who sees it) and submits it; the page then says the dialogue is held.
 */
import assert from 'node:assert/strict';
import { createLead, createRoundByApi, unitOf } from '../../src/modules/dialogues/test-support/world.ts';
import { PERSON_PASSWORD } from '../../src/platform/testing/people.ts';
import { journey, PHONE } from './support/journey.ts';

journey(
  'a lead records her work community’s dialogue on a phone and submits it',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const admin = await journey.app.adminClient();
    const health = unitOf(journey.app, 'health-services');
    const lead = await createLead(journey.app, admin, 'journey-dialogue-lead', health);
    const roundId = await createRoundByApi(journey.app, admin, { unitIds: [health] });
    const main = page.getByRole('main');

    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(lead.email);
    await main.getByLabel(fi('accounts.field.password')).fill(PERSON_PASSWORD);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

    const path = `/fi/dialogues/${roundId}/communities/${health}`;
    await journey.open(path);
    await journey.follow(() => main.getByRole('button', { name: fi('dialogues.record.open') }).click());
    await main.getByText(fi('dialogues.record.opened')).waitFor();

    await main.getByLabel(fi('dialogues.record.heldOn')).fill('2026-05-20');
    await main.getByLabel(fi('dialogues.record.participants')).fill('9');
    const answers = main.getByRole('textbox', { name: /^Vastaus kysymykseen/ });
    assert.equal(await answers.count(), 3, 'one answer field per question');
    for (let index = 0; index < 3; index += 1) await answers.nth(index).fill(`Vastaus ${index + 1}`);
    await main
      .getByRole('group', { name: fi('dialogues.record.commitmentNumber', { number: 1 }) })
      .getByLabel(fi('dialogues.record.commitmentWhat'))
      .fill('Palautekysely joka kuukausi');
    await main.getByLabel(fi('dialogues.record.visibility')).selectOption('public');
    await journey.follow(() => main.getByRole('button', { name: fi('dialogues.record.submit') }).click());

    await main.getByText(fi('dialogues.record.submitted')).waitFor();
    await main.getByText(fi('dialogues.status.held'), { exact: true }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, path);
  },
  { viewport: PHONE },
);
