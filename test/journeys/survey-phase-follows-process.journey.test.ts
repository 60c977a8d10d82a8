/**
 * On the new-survey form the phase list follows the process chosen: with JavaScript only the
 * chosen process's phases can be picked, and a phase chosen before switching process is let go.
 * (Without JavaScript every process's phases are offered in groups and the server refuses a
 * phase of another process: src/form-round-trip.test.ts.)
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { journey } from './support/journey.ts';

const HARBOUR = { slug: 'satama-2031', title: 'Satama 2031', phase: 'Satamaillat' };

journey('the new-survey form offers only the chosen process’s phases', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');

  // A second process with a phase of its own, made through the admin pages over HTTP.
  const admin = await journey.app.adminClient();
  const process = await admin.postForm('/fi/admin/processes/new', { slug: HARBOUR.slug, 'title.fi': HARBOUR.title });
  assert.equal(process.status, 303, process.text.slice(0, 300));
  const processPath = (process.location ?? '').replace(/\/$/, '');
  const phase = await admin.postForm(`${processPath}/phases/new`, {
    'title.fi': HARBOUR.phase,
    startsOn: '2031-05-01',
    endsOn: '2031-09-30',
  });
  assert.equal(phase.status, 303, phase.text.slice(0, 300));

  await journey.open('/fi/sign-in');
  await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
  await journey.open('/fi/admin/surveys/new');

  const processField = main.getByLabel(fi('surveys.admin.process'), { exact: true });
  const phaseField = main.getByLabel(fi('surveys.builder.phase'));
  const selectable = () =>
    phaseField.evaluate((select: HTMLSelectElement) =>
      Array.from(select.options)
        .filter((option) => !option.disabled && !(option.parentElement as HTMLOptGroupElement).disabled)
        .map((option) => option.text),
    );

  await processField.selectOption({ label: HARBOUR.title });
  assert.deepEqual(await selectable(), [fi('surveys.builder.noPhase'), HARBOUR.phase], 'only the harbour process’s phases');
  await phaseField.selectOption({ label: HARBOUR.phase });

  const first = (await processField.locator('option').allTextContents()).find((label) => label !== HARBOUR.title) ?? '';
  await processField.selectOption({ label: first });
  assert.ok(!(await selectable()).includes(HARBOUR.phase), 'the harbour phase is gone with its process');
  assert.equal(await phaseField.inputValue(), '', 'the phase chosen for the other process is let go');

  await processField.selectOption({ label: HARBOUR.title });
  await phaseField.selectOption({ label: HARBOUR.phase });
  await main
    .getByRole('group', { name: fi('surveys.builder.title'), exact: true })
    .getByLabel(fi('platform.language.fi'))
    .fill('Satamakysely');
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.admin.create') }).click());
  await main
    .getByRole('status')
    .filter({ hasText: fi('surveys.admin.created') })
    .waitFor();
  assert.equal(await main.getByLabel(fi('surveys.builder.phase')).locator('option:checked').textContent(), HARBOUR.phase);
});
