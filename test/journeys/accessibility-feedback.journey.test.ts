import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

/**
 * A resident on a phone follows the footer to the accessibility statement, sends feedback
 * (first with a mistake, then right), and reads the privacy notice with its retention rules;
 * an admin sees the feedback with its due date and marks it answered. Axe on every page.
 */
async function feedbackAndAnswer(journey: Journey): Promise<void> {
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = journey.page.getByRole('main');
  await journey.open('/fi/');
  const footer = journey.page.locator('footer');
  await journey.follow(() => footer.getByRole('link', { name: fi('platform.layout.accessibility') }).click());
  await main.getByRole('heading', { level: 2, name: fi('privacy.feedback.title') }).waitFor();

  await main.getByLabel(fi('privacy.field.email')).fill('ei osoite');
  await journey.follow(() => main.getByRole('button', { name: fi('privacy.feedback.submit') }).click(), { status: 422 });
  await journey.page.locator('.error-summary').waitFor();
  await main.getByLabel(fi('privacy.field.email')).fill('palautteen.antaja@example.fi');
  await main.getByLabel(fi('privacy.field.page')).fill('/fi/events');
  await main.getByLabel(fi('privacy.field.message'), { exact: true }).fill('Lomakkeen virheet eivät näy ruudunlukijalla.');
  await journey.follow(() => main.getByRole('button', { name: fi('privacy.feedback.submit') }).click());
  await journey.page.getByText(fi('privacy.feedback.sent')).waitFor();

  await journey.follow(() => footer.getByRole('link', { name: fi('platform.layout.privacy') }).click());
  const rules = journey.page.getByRole('table', { name: fi('privacy.retention.title') });
  assert.equal(await rules.getByRole('rowheader').count(), journey.app.context.retention.length, 'every retention rule');

  await journey.open('/fi/sign-in');
  await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
  await journey.open('/fi/admin/accessibility-feedback');
  await main.getByText('Lomakkeen virheet eivät näy ruudunlukijalla.').waitFor();
  await journey.follow(() =>
    main
      .getByRole('button', { name: fi('privacy.admin.markAnswered') })
      .first()
      .click(),
  );
  await journey.page.getByText(fi('privacy.admin.answered')).waitFor();
}

journey('a resident sends feedback on accessibility and an admin marks it answered (phone)', feedbackAndAnswer, { viewport: PHONE });
