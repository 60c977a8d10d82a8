/**
 * A resident answers a three-section survey on a phone with the keyboard only:
 * misses a required question, follows the error summary to it, fixes it, and
 * ends on the receipt that shows what was stored.
 */
import assert from 'node:assert/strict';
import type { TestApp } from '../../src/platform/testing/test-app.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

const TITLE = { fi: 'Kävelykaupunki Rauma', sv: 'Gångstaden Raumo', en: 'Walkable Rauma' };
const STORY = 'Kävelen joka aamu Vanhan Rauman läpi töihin.';

/** A published, open, anonymous survey of three sections, built through the builder API. */
async function createThreeSectionSurvey(app: TestApp): Promise<string> {
  const admin = await app.adminClient();
  const call = async <T>(method: string, path: string, body: unknown): Promise<T> => {
    const response = await admin.api(method, path, body);
    assert.ok(response.status < 300, `${method} ${path}: ${response.status} ${response.text}`);
    return response.json<T>();
  };
  const slug = app.demo.processSlug as string;
  const { id } = await call<{ id: string }>('POST', `/api/v1/processes/${slug}/surveys`, {
    title: TITLE,
    status: 'published',
    anonymous: true,
  });
  const first = await call<{ sections: Array<{ id: string }> }>('GET', `/api/v1/surveys/${id}`, undefined);
  const second = await call<{ id: string }>('POST', `/api/v1/surveys/${id}/sections`, { title: { fi: 'Arki' } });
  const third = await call<{ id: string }>('POST', `/api/v1/surveys/${id}/sections`, { title: { fi: 'Tulevaisuus' } });
  const questions = [
    {
      sectionId: first.sections[0]?.id,
      type: 'single_choice',
      text: { fi: 'Asuinalue' },
      required: true,
      background: 'home_area',
      choices: [{ label: { fi: 'Keskusta' } }, { label: { fi: 'Uotila' } }, { label: { fi: 'Lappi' } }],
    },
    { sectionId: second.id, type: 'scale', text: { fi: 'Kuinka helppo Raumalla on kävellä?' }, required: true, scaleMin: 1, scaleMax: 5 },
    { sectionId: second.id, type: 'long_text', text: { fi: 'Kerro tavallinen kävelymatkasi' } },
    {
      sectionId: third.id,
      type: 'multiple_choice',
      text: { fi: 'Mitä kävelyreiteille tarvitaan?' },
      choices: [{ label: { fi: 'Valaistusta' } }, { label: { fi: 'Penkkejä' } }, { label: { fi: 'Puita' } }],
      maxPicks: 2,
    },
  ];
  for (const question of questions) await call('POST', `/api/v1/surveys/${id}/questions`, question);
  return id;
}

/** Presses Enter on the control reached by Tab, and checks the page it loads (of the given status). */
async function pressOn(journey: Journey, name: string, role: 'link' | 'button', status?: number): Promise<void> {
  const target = journey.page.getByRole('main').getByRole(role, { name, exact: true });
  await journey.tabTo(target);
  await journey.follow(() => journey.page.keyboard.press('Enter'), status === undefined ? {} : { status });
}

journey(
  'a resident answers a three-section survey on a phone with the keyboard only, fixes a missed answer and sees the receipt',
  async (journey) => {
    const { page } = journey;
    const fi = (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);
    const main = page.getByRole('main');
    const surveyId = await createThreeSectionSurvey(journey.app);
    await journey.open(`/fi/processes/${journey.app.demo.processSlug}/surveys/${surveyId}`);
    await pressOn(journey, fi('surveys.survey.start'), 'link');

    // Section 1: a radio group, reached by Tab and chosen with the arrow keys.
    await main
      .getByText(fi('surveys.answer.progress', { current: 1, total: 3 }))
      .first()
      .waitFor();
    await journey.tabTo(main.getByRole('radio', { name: 'Keskusta' }));
    await page.keyboard.press('ArrowDown');
    assert.ok(await main.getByRole('radio', { name: 'Uotila' }).isChecked(), 'the arrow key chose Uotila');
    await pressOn(journey, fi('surveys.answer.next'), 'button');

    // Section 2: the required scale is missed; the text is typed.
    await main
      .getByText(fi('surveys.answer.progress', { current: 2, total: 3 }))
      .first()
      .waitFor();
    await journey.tabTo(main.getByRole('textbox', { name: /Kerro tavallinen kävelymatkasi/ }));
    await page.keyboard.type(STORY);
    await pressOn(journey, fi('surveys.answer.next'), 'button', 422);
    const summary = main.getByRole('alert');
    await summary.getByRole('heading', { name: fi('platform.form.errorSummaryTitle') }).waitFor();
    assert.equal(
      await main.getByRole('textbox', { name: /Kerro tavallinen kävelymatkasi/ }).inputValue(),
      STORY,
      'the typed answer is kept when validation fails',
    );
    const scale = main.getByRole('group', { name: /Kuinka helppo Raumalla on kävellä/ });
    await scale.getByText(fi('surveys.answer.required')).waitFor();
    // The summary's link takes the keyboard to the question.
    await journey.tabTo(summary.getByRole('link', { name: /Kuinka helppo Raumalla on kävellä/ }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#field-answers/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.ok(await scale.getByRole('radio', { name: '4', exact: true }).isChecked(), 'the arrow keys chose 4');
    await pressOn(journey, fi('surveys.answer.next'), 'button');

    // Section 3: checkboxes with Space, then submit.
    await main
      .getByText(fi('surveys.answer.progress', { current: 3, total: 3 }))
      .first()
      .waitFor();
    await journey.tabTo(main.getByRole('checkbox', { name: 'Penkkejä' }));
    await page.keyboard.press('Space');
    await journey.tabTo(main.getByRole('checkbox', { name: 'Puita' }));
    await page.keyboard.press('Space');
    await pressOn(journey, fi('surveys.answer.submit'), 'button');

    // The receipt.
    await main
      .getByRole('status')
      .filter({ hasText: fi('surveys.receipt.thanks', { survey: TITLE.fi }) })
      .waitFor();
    const receipt = await main.textContent();
    for (const shown of ['Uotila', '4', STORY, 'Penkkejä', 'Puita']) assert.ok(receipt?.includes(shown), `the receipt shows ${shown}`);
    const stored = await journey.app.context.db
      .selectFrom('survey_responses')
      .select(['status'])
      .where('survey_id', '=', surveyId)
      .execute();
    assert.deepEqual(stored, [{ status: 'submitted' }], 'one submitted response is stored');
  },
  { viewport: PHONE },
);
