import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { currentCode } from '../../src/modules/accounts/two-factor/totp.ts';
import { type Journey, journey } from './support/journey.ts';

/**
 * The app runs on the real clock here (the journeys' app has no fake one), so the test computes the
 * codes as the phone would, with the same library: the first from now, the sign-in's from the next
 * 30-second step, which the server accepts (one step either side) and which is later than the first,
 * so no code is ever used twice and the journey never waits for the clock.
 */
const codeAt = (secret: string, offsetSeconds: number) => currentCode(secret, new Date(Date.now() + offsetSeconds * 1000));

async function signInWithPassword(journey: Journey): Promise<void> {
  const fi = (key: string) => journey.t('fi', key);
  const main = journey.page.getByRole('main');
  await journey.open('/fi/sign-in');
  await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
}

journey('an admin turns on TOTP and signs in with it', async (journey) => {
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = journey.page.getByRole('main');
  await signInWithPassword(journey);

  await journey.open('/fi/account');
  await journey.follow(() => main.getByRole('link', { name: fi('accounts.twoFactor.accountLink') }).click());
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.twoFactor.setUpButton') }).click());
  await main.getByRole('img', { name: fi('accounts.twoFactor.qrLabel') }).waitFor();
  const secret = (await main.locator('[data-secret]').getAttribute('data-secret')) ?? '';
  assert.match(secret, /^[A-Z2-7]{32}$/, 'the key is shown as text beside the QR code');

  await main.getByLabel(fi('accounts.twoFactor.setupCode')).fill(codeAt(secret, 0));
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.twoFactor.turnOn') }).click());
  await main.getByRole('heading', { level: 1, name: fi('accounts.twoFactor.codesTitle') }).waitFor();
  assert.equal(await main.locator('.recovery-codes code').count(), 10, 'ten recovery codes, shown once');
  await journey.follow(() => main.getByRole('link', { name: fi('accounts.twoFactor.codesContinue') }).click());
  await main.getByText(fi('accounts.twoFactor.codesLeft', { count: 10 })).waitFor();

  await journey.follow(() => journey.page.getByRole('button', { name: fi('platform.layout.signOut') }).click());
  await signInWithPassword(journey);
  await main.getByRole('heading', { level: 1, name: fi('accounts.twoFactor.signInTitle') }).waitFor();
  assert.match(journey.page.url(), /\/fi\/sign-in\/code$/, 'the password alone does not sign in');
  await main.getByLabel(fi('accounts.twoFactor.signInCode')).fill(codeAt(secret, 30));
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.twoFactor.signInSubmit') }).click());

  await journey.open('/fi/admin');
  await main.getByRole('heading', { level: 1 }).first().waitFor();
  assert.match(journey.page.url(), /\/fi\/admin$/, 'signed in: the admin pages open');
});
