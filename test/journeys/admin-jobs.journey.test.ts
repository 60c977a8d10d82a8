import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

async function openJobsFromAdminHome(journey: Journey): Promise<void> {
  const fi = (key: string) => journey.t('fi', key);
  const main = journey.page.getByRole('main');
  await journey.open('/fi/sign-in');
  await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
  await journey.open('/fi/admin');
  // The menu is a column on a wide screen and a closed disclosure on a phone.
  const summary = journey.page.locator('details.admin-menu > summary');
  if (await summary.isVisible()) await summary.click();
  const menu = journey.page.getByRole('navigation', { name: fi('platform.admin.menu') }).filter({ visible: true });
  await journey.follow(() => menu.getByRole('link', { name: fi('organisations.admin.jobs') }).click());
  await journey.page.getByRole('heading', { level: 1, name: fi('organisations.jobs.title') }).waitFor();
  const table = journey.page.getByRole('table', { name: fi('organisations.jobs.caption') });
  assert.equal(await table.getByRole('rowheader').count(), journey.app.context.jobs.length, 'every declared job');
  await table.getByRole('rowheader', { name: new RegExp(fi('events.jobs.reminders')) }).waitFor();
}

journey('an admin opens the background jobs from the admin menu (wide)', openJobsFromAdminHome);
journey('an admin opens the background jobs from the admin menu (phone)', openJobsFromAdminHome, { viewport: PHONE });
