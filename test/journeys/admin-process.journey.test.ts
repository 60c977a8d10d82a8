/**
 * The demo admin signs in, creates a process with three phases and a body in the admin,
 * publishes it, and finds it where residents will: on the front page and its own page.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import type { Locale } from '../../src/platform/i18n/locales.ts';
import { type Journey, journey } from './support/journey.ts';

type Texts = Record<Locale, string>;

const NEW_PROCESS = {
  slug: 'kestava-rauma-2030',
  title: { fi: 'Kestävä Rauma 2030', sv: 'Hållbara Raumo 2030', en: 'Sustainable Rauma 2030' },
  summary: {
    fi: 'Rauma päivittää strategiansa kestävän kehityksen näkökulmasta.',
    sv: 'Raumo uppdaterar sin strategi ur hållbarhetens synvinkel.',
    en: 'Rauma updates its strategy from the point of view of sustainability.',
  },
  story: {
    fi: 'Kerromme yhdessä, millainen on kestävä Rauma vuonna 2030.',
    sv: 'Tillsammans berättar vi hur det hållbara Raumo ser ut år 2030.',
    en: 'Together we tell what a sustainable Rauma looks like in 2030.',
  },
};

const NEW_PHASES = [
  { title: { fi: 'Kuuntelu', sv: 'Lyssnande', en: 'Listening' }, startsOn: '2030-01-07', endsOn: '2030-03-31' },
  { title: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' }, startsOn: '2030-04-01', endsOn: '2030-06-30' },
  { title: { fi: 'Päätös', sv: 'Beslut', en: 'Decision' }, startsOn: '2030-08-01', endsOn: '2030-10-31' },
];

const NEW_BODY = {
  kind: 'steering_group',
  name: { fi: 'Kestävyysryhmä', sv: 'Hållbarhetsgruppen', en: 'Sustainability group' },
};

/** Fills the fi/sv/en fields of one LocalizedTextFields fieldset, found by its legend. */
async function fillLocalized(journey: Journey, legend: string, texts: Texts): Promise<void> {
  const group = journey.page.getByRole('group', { name: legend, exact: true });
  for (const locale of ['fi', 'sv', 'en'] as const) {
    await group.getByLabel(journey.t('fi', `platform.language.${locale}`)).fill(texts[locale]);
  }
}

journey('an admin creates a process with three phases and a body, publishes it, and residents can see it', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const flash = (key: string) =>
    main
      .getByRole('status')
      .filter({ hasText: fi(key) })
      .waitFor();
  const processNav = () => main.getByRole('navigation', { name: fi('processes.admin.nav.label') });

  await journey.open('/fi/');
  assert.equal(await main.getByRole('link', { name: NEW_PROCESS.title.fi }).count(), 0, 'the process does not exist yet');

  // Sign in from the header.
  await journey.follow(() => page.getByRole('link', { name: fi('platform.layout.signIn') }).click());
  await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

  // To the processes admin and its form for a new process.
  await journey.follow(() => page.getByRole('link', { name: fi('platform.layout.admin'), exact: true }).click());
  const adminNav = page.getByRole('navigation', { name: fi('platform.admin.navigation') });
  await journey.follow(() => adminNav.getByRole('link', { name: fi('processes.admin.navigation') }).click());
  await journey.follow(() => main.getByRole('link', { name: fi('processes.admin.list.create') }).click());

  await fillLocalized(journey, fi('processes.admin.process.title'), NEW_PROCESS.title);
  await main.getByLabel(fi('processes.admin.process.slug')).fill(NEW_PROCESS.slug);
  await fillLocalized(journey, fi('processes.admin.process.summary'), NEW_PROCESS.summary);
  await fillLocalized(journey, fi('processes.admin.process.story'), NEW_PROCESS.story);
  await journey.follow(() => main.getByRole('button', { name: fi('processes.admin.new.submit') }).click());
  await flash('processes.admin.flash.processCreated');

  // Three phases, one form each.
  await journey.follow(() =>
    processNav()
      .getByRole('link', { name: fi('processes.admin.nav.phases') })
      .click(),
  );
  for (const phase of NEW_PHASES) {
    await journey.follow(() => main.getByRole('link', { name: fi('processes.admin.phases.add') }).click());
    await fillLocalized(journey, fi('processes.admin.phaseForm.title'), phase.title);
    await main.getByLabel(fi('processes.admin.phaseForm.startsOn')).fill(phase.startsOn);
    await main.getByLabel(fi('processes.admin.phaseForm.endsOn')).fill(phase.endsOn);
    await journey.follow(() => main.getByRole('button', { name: fi('processes.admin.phaseForm.create') }).click());
    await flash('processes.admin.flash.phaseCreated');
  }
  const phaseRows = main.getByRole('table', { name: fi('processes.admin.phases.caption') }).getByRole('rowheader');
  assert.deepEqual(
    await phaseRows.allTextContents(),
    NEW_PHASES.map((phase) => phase.title.fi),
  );

  // One body.
  await journey.follow(() =>
    processNav()
      .getByRole('link', { name: fi('processes.admin.nav.bodies') })
      .click(),
  );
  await journey.follow(() => main.getByRole('link', { name: fi('processes.admin.bodies.add') }).click());
  await main.getByLabel(fi('processes.admin.bodyForm.kind')).selectOption(NEW_BODY.kind);
  await fillLocalized(journey, fi('processes.admin.bodyForm.name'), NEW_BODY.name);
  await journey.follow(() => main.getByRole('button', { name: fi('processes.admin.bodyForm.create') }).click());
  await flash('processes.admin.flash.bodyCreated');
  const breadcrumbs = main.getByRole('navigation', { name: fi('platform.admin.breadcrumbs') });
  await journey.follow(() => breadcrumbs.getByRole('link', { name: fi('processes.admin.nav.bodies') }).click());
  const bodyTable = main.getByRole('table', { name: fi('processes.admin.bodies.caption') });
  await bodyTable.getByRole('link', { name: NEW_BODY.name.fi, exact: true }).waitFor();

  // Publish it.
  const detailsLink = processNav().getByRole('link', { name: fi('processes.admin.nav.details') });
  await journey.follow(() => detailsLink.click());
  await journey.follow(() => main.getByRole('button', { name: fi('processes.admin.visibility.publish') }).click());
  await flash('processes.admin.flash.visibilitySaved');

  // Residents find it on the front page, with its phases and its body on its own page.
  await journey.open('/fi/');
  await journey.follow(() => main.getByRole('link', { name: NEW_PROCESS.title.fi }).click());
  assert.equal(new URL(page.url()).pathname, `/fi/processes/${NEW_PROCESS.slug}`);
  await main.getByRole('heading', { level: 1, name: NEW_PROCESS.title.fi }).waitFor();
  const phases = main.getByRole('list', { name: fi('processes.progress.phases') }).getByRole('listitem');
  assert.equal(await phases.count(), NEW_PHASES.length);
  for (const [index, phase] of NEW_PHASES.entries()) {
    assert.ok((await phases.nth(index).textContent())?.includes(phase.title.fi), `phase ${index + 1} is ${phase.title.fi}`);
  }
  await main.getByText(NEW_PROCESS.story.fi).waitFor();
  const bodies = main.getByRole('region', { name: fi('processes.bodies.title') });
  await bodies.getByText(NEW_BODY.name.fi, { exact: true }).waitFor();
});
