/**
 * The coordinator reads a round's coverage on a phone: the map of the units (an SVG with a title
 * and a description, a square per work community) above the tables of the same numbers; axe checks
 * the page, and the map's squares match the table's counts.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { journey, PHONE } from './support/journey.ts';

journey(
  'the coordinator reads the coverage map of the demo round on a phone',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const round = await journey.app.context.db.selectFrom('dialogue_rounds').select('id').executeTakeFirstOrThrow();

    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
    await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

    await journey.open(`/fi/admin/dialogues/${round.id}/coverage`);
    await main.getByRole('heading', { name: fi('dialogues.coverage.mapHeading') }).waitFor();
    const map = main.getByRole('img', { name: /Työyhteisöjen dialogien tila yksiköittäin/ });
    await map.waitFor();
    const squares = await map.locator('rect.coverage-map__cell').count();
    const rows = await main
      .getByRole('table', { name: fi('dialogues.coverage.byCommunity') })
      .locator('tbody tr')
      .count();
    assert.ok(rows > 0);
    assert.equal(squares, rows, 'a square per work community in the table');
  },
  { viewport: PHONE },
);
