/**
 * Goals from the lead's and the resident's side: a unit lead derives her unit's objective from a
 * strategy goal, adds an indicator to it and reports its actual in the open round; a resident then
 * follows the public trace from a goal to the themes and quotes behind it.
 */
import assert from 'node:assert/strict';
import type { GoalsDemoState } from '../../src/modules/goals/seed-demo.ts';
import { createUnitPerson } from '../../src/modules/goals/test-support/people.ts';
import { PERSON_PASSWORD } from '../../src/platform/testing/people.ts';
import { journey, PHONE } from './support/journey.ts';

journey(
  'a unit lead derives an objective, adds an indicator and reports it; a resident follows a goal to its voices',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const units = journey.app.demo.unitIds as Record<string, string>;
    const goals = journey.app.demo.goals as GoalsDemoState;
    const lead = await createUnitPerson(journey.app, 'journey-goals-lead', 'unit_manager', units['education-and-culture']!);
    const main = page.getByRole('main');

    await journey.open('/fi/sign-in');
    await main.getByLabel(fi('accounts.field.email')).fill(lead.email);
    await main.getByLabel(fi('accounts.field.password')).fill(PERSON_PASSWORD);
    await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

    await journey.open(`/fi/admin/goals/goals/${goals.goalIds[2]}`);
    await main.getByLabel(fi('goals.objective.unit')).selectOption(units['education-and-culture']!);
    await main
      .getByRole('group', { name: fi('goals.objective.title') })
      .getByLabel(fi('platform.language.fi'))
      .fill('Jokaisella koululaisella on harrastus');
    await journey.follow(() => main.getByRole('button', { name: fi('goals.objective.submit') }).click());
    await main.getByText(fi('goals.objective.created')).waitFor();

    await main
      .getByRole('group', { name: fi('goals.indicator.name') })
      .getByLabel(fi('platform.language.fi'))
      .fill('Harrastavien koululaisten osuus');
    await main.getByLabel(fi('goals.indicator.measureUnit')).fill('%');
    await journey.follow(() => main.getByRole('button', { name: fi('goals.indicator.submit') }).click());
    await main.getByText(fi('goals.indicator.created')).waitFor();

    await main.getByLabel(fi('goals.round.name')).selectOption({ label: 'Kevät 2014' });
    await main.getByLabel(fi('goals.indicator.actual'), { exact: true }).fill('72,5');
    await journey.follow(() => main.getByRole('button', { name: fi('goals.actual.submit') }).click());
    await main.getByRole('cell', { name: /72,5/ }).first().waitFor();

    // The resident reads without an account: the lead signs out first.
    await journey.follow(() => page.getByRole('button', { name: fi('platform.layout.signOut') }).click());
    await journey.open('/fi/processes/rauman-tarina/goals');
    await journey.follow(() =>
      main
        .getByRole('link', { name: fi('goals.trace.open') })
        .first()
        .click(),
    );
    await main.getByRole('heading', { name: fi('goals.trace.themesTitle') }).waitFor();
    assert.ok((await main.locator('blockquote').count()) > 0, 'the trace quotes the voices behind the goal');
    assert.match(new URL(page.url()).pathname, /\/goals\/[^/]+\/trace$/);
  },
  { viewport: PHONE },
);
