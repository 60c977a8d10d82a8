/**
 * A process manager builds a survey with a conditional question in the admin,
 * residents answer it, and the manager reads the results, the conditional
 * question's free texts among them.
 */
import assert from 'node:assert/strict';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { type Journey, journey } from './support/journey.ts';

const TITLE = { fi: 'Rantareitti', sv: 'Strandleden', en: 'The shore path' };

/** Fills the Finnish field of a LocalizedTextFields fieldset found by its legend. */
async function fillFinnish(journey: Journey, legend: string, text: string): Promise<void> {
  const group = journey.page.getByRole('main').getByRole('group', { name: legend, exact: true });
  await group.getByLabel(journey.t('fi', 'platform.language.fi')).fill(text);
}

journey('a manager builds a survey with a conditional question and reads its results', async (journey) => {
  const { page } = journey;
  const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
  const main = page.getByRole('main');
  const flash = (key: string) =>
    main
      .getByRole('status')
      .filter({ hasText: fi(key) })
      .waitFor();

  await journey.open('/fi/sign-in');
  await page.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await page.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());

  // A new survey in the demo process, published, its results public.
  await journey.open('/fi/admin/surveys');
  await journey.follow(() => main.getByRole('link', { name: fi('surveys.admin.new') }).click());
  await fillFinnish(journey, fi('surveys.builder.title'), TITLE.fi);
  await main.getByLabel(fi('surveys.builder.status')).selectOption('published');
  await main.getByRole('checkbox', { name: fi('surveys.builder.resultsPublic') }).check();
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.admin.create') }).click());
  await flash('surveys.admin.created');
  const surveyPath = new URL(page.url()).pathname;

  // A single choice question.
  await main.getByLabel(fi('surveys.builder.addQuestionType', { number: 1 })).selectOption('single_choice');
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.builder.addQuestion') }).click());
  await fillFinnish(journey, fi('surveys.builder.text'), 'Kuljetko rantareittiä?');
  await fillFinnish(journey, fi('surveys.builder.choiceNumber', { number: 1 }), 'Kuljen');
  await fillFinnish(journey, fi('surveys.builder.choiceNumber', { number: 2 }), 'En kulje');
  await main.getByRole('checkbox', { name: fi('surveys.builder.required') }).check();
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.builder.saveQuestion') }).click());
  await flash('surveys.admin.saved');

  // A long text shown only to those who walk the path.
  await journey.open(surveyPath);
  await main.getByLabel(fi('surveys.builder.addQuestionType', { number: 1 })).selectOption('long_text');
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.builder.addQuestion') }).click());
  await fillFinnish(journey, fi('surveys.builder.text'), 'Mikä reitillä on parasta?');
  await main.getByLabel(fi('surveys.builder.conditionQuestion')).selectOption({ label: 'Q1. Kuljetko rantareittiä?' });
  await main
    .getByRole('group', { name: fi('surveys.builder.conditionChoicesLegend') })
    .getByRole('checkbox', { name: 'Kuljen', exact: true })
    .check();
  await journey.follow(() => main.getByRole('button', { name: fi('surveys.builder.saveQuestion') }).click());
  await flash('surveys.admin.saved');

  // Three residents answer through the API; the third does not walk the path, so is not asked.
  const surveyId = surveyPath.split('/').pop() as string;
  const definition = (await journey.app.client().api('GET', `/api/v1/surveys/${surveyId}`)).json<{
    sections: Array<{ questions: Array<{ id: string; choices: Array<{ id: string }> }> }>;
  }>();
  const [walk, follow] = definition.sections[0]?.questions ?? [];
  assert.ok(walk && follow, 'both questions were saved in the first section');
  const answers = [
    { [walk.id]: { choiceIds: [walk.choices[0]?.id] }, [follow.id]: { text: 'Auringonlasku Otanlahdella' } },
    { [walk.id]: { choiceIds: [walk.choices[0]?.id] }, [follow.id]: { text: 'Hiljaisuus aamulla' } },
    { [walk.id]: { choiceIds: [walk.choices[1]?.id] } },
  ];
  for (const answer of answers) {
    const response = await journey.app.client().api('POST', `/api/v1/surveys/${surveyId}/responses`, { answers: answer });
    assert.equal(response.status, 201, response.text);
  }

  // The results, from the builder page.
  await journey.open(surveyPath);
  await journey.follow(() => main.getByRole('link', { name: fi('surveys.survey.resultsLink') }).click());
  const results = (await main.textContent()) ?? '';
  for (const shown of [
    'Kuljetko rantareittiä?',
    'Kuljen',
    'En kulje',
    'Mikä reitillä on parasta?',
    'Auringonlasku Otanlahdella',
    'Hiljaisuus aamulla',
  ]) {
    assert.ok(results.includes(shown), `the results show ${shown}`);
  }
  const table = main.getByRole('table').filter({ hasText: 'En kulje' }).first();
  const row = (label: string) => table.getByRole('row').filter({ hasText: label }).first().textContent();
  assert.match((await row('En kulje')) ?? '', /1/, 'one resident does not walk the path');
  assert.match((await row('Kuljen'))?.replace('En kulje', '') ?? '', /2/, 'two residents walk it');
});
