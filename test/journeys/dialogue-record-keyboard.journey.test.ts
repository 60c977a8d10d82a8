/**
 * A work community's lead records her community's dialogue afterwards on a phone with the keyboard
 * only (issue 18): every field and button is reached with Tab and used with keys, from signing in to
 * submitting; the record then holds what she typed.
 */
import assert from 'node:assert/strict';
import { findRecord } from '../../src/modules/dialogues/queries/find-record.ts';
import { createLead, createRoundByApi, unitOf } from '../../src/modules/dialogues/test-support/world.ts';
import { PERSON_PASSWORD } from '../../src/platform/testing/people.ts';
import { journey, PHONE } from './support/journey.ts';

journey(
  'a lead records her work community’s dialogue on a phone with the keyboard only',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const admin = await journey.app.adminClient();
    const health = unitOf(journey.app, 'health-services');
    const lead = await createLead(journey.app, admin, 'journey-keyboard-lead', health);
    const roundId = await createRoundByApi(journey.app, admin, { unitIds: [health] });
    const main = page.getByRole('main');
    const typeInto = async (field: ReturnType<typeof main.getByLabel>, text: string) => {
      await journey.tabTo(field);
      await page.keyboard.type(text);
    };
    const pressButton = async (name: string) => {
      await journey.tabTo(main.getByRole('button', { name }));
      await journey.follow(() => page.keyboard.press('Enter'));
    };

    await journey.open('/fi/sign-in');
    await typeInto(main.getByLabel(fi('accounts.field.email')), lead.email);
    await typeInto(main.getByLabel(fi('accounts.field.password')), PERSON_PASSWORD);
    await pressButton(fi('accounts.signIn.submit'));

    const path = `/fi/dialogues/${roundId}/communities/${health}`;
    await journey.open(path);
    await pressButton(fi('dialogues.record.open'));
    await main.getByText(fi('dialogues.record.opened')).waitFor();

    // The browser's date field takes the digits in its own order (month, day, year in the test browser).
    await typeInto(main.getByLabel(fi('dialogues.record.heldOn')), '05202026');
    await typeInto(main.getByLabel(fi('dialogues.record.participants')), '9');
    const answers = main.getByRole('textbox', { name: /^Vastaus kysymykseen/ });
    assert.equal(await answers.count(), 3, 'one answer field per question');
    for (let index = 0; index < 3; index += 1) await typeInto(answers.nth(index), `Vastaus ${index + 1}`);
    await typeInto(
      main
        .getByRole('group', { name: fi('dialogues.record.commitmentNumber', { number: 1 }) })
        .getByLabel(fi('dialogues.record.commitmentWhat')),
      'Palautekysely joka kuukausi',
    );
    await pressButton(fi('dialogues.record.submit'));

    await main.getByText(fi('dialogues.record.submitted')).waitFor();
    await main.getByText(fi('dialogues.status.held'), { exact: true }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, path);
    const saved = await findRecord(journey.app.context.db, journey.app.demo.organisationId as string, roundId, health);
    assert.equal(saved?.record.heldOn, '2026-05-20');
    assert.equal(saved?.record.participants, 9);
    assert.deepEqual(saved?.record.answers, ['Vastaus 1', 'Vastaus 2', 'Vastaus 3']);
    assert.deepEqual(
      saved?.commitments.map((commitment) => commitment.what),
      ['Palautekysely joka kuukausi'],
    );
  },
  { viewport: PHONE },
);
