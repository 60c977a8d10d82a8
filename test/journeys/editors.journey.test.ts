/**
 * Editors that fit the task. A manager builds a survey question by keyboard:
 * the type shows only its own settings, option rows are added and removed
 * without saving, and everything comes back when the question is opened again
 * — with the editor's script at desktop width and without any script on a
 * phone. A resident registers twice for an event and meets a page that says
 * they already are; the organiser downloads the list as CSV and XLSX.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_ADMIN } from '../../src/demo.ts';
import { SURVEY_LIMITS } from '../../src/modules/surveys/schemas.ts';
import { type Journey, journey, PHONE } from './support/journey.ts';

const fiOf = (journey: Journey) => (key: string, values?: Record<string, string | number>) => journey.t('fi', key, values);

async function signIn(journey: Journey): Promise<void> {
  const fi = fiOf(journey);
  const main = journey.page.getByRole('main');
  await journey.open('/fi/sign-in');
  await main.getByLabel(fi('accounts.field.email')).fill(DEMO_ADMIN.email);
  await main.getByLabel(fi('accounts.field.password')).fill(DEMO_ADMIN.password);
  await journey.follow(() => main.getByRole('button', { name: fi('accounts.signIn.submit') }).click());
}

/** A new survey of the demo process (made over HTTP; this journey is about the question editor), and its first section. */
async function newSurvey(journey: Journey, title: string): Promise<{ path: string; sectionId: string }> {
  const admin = await journey.app.adminClient();
  const created = await admin.postForm('/fi/admin/surveys/new', {
    processSlug: journey.app.demo.processSlug as string,
    'title.fi': title,
    audience: 'anyone',
    status: 'draft',
  });
  assert.equal(created.status, 303);
  const path = created.location ?? '';
  const sectionId = /name="section" value="([^"]+)"/.exec((await admin.get(path)).text)?.[1];
  assert.ok(sectionId, 'the survey has a section');
  return { path, sectionId };
}

/** The name of the focused form field. */
function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

/** Types into a field reached by Tab, as a keyboard user would. */
async function typeInto(journey: Journey, name: string, text: string): Promise<void> {
  await journey.tabTo(journey.page.locator(`[name="${name}"]`), 120);
  await journey.page.keyboard.type(text);
}

/** Moves the focused select to an option by arrow keys (a closed select changes on ArrowDown/ArrowUp in Chromium on Linux). */
async function chooseByKeys(page: Page, name: string, value: string): Promise<void> {
  const select = page.locator(`select[name="${name}"]`);
  for (let presses = 0; presses < 10 && (await select.inputValue()) !== value; presses += 1) await page.keyboard.press('ArrowDown');
  for (let presses = 0; presses < 10 && (await select.inputValue()) !== value; presses += 1) await page.keyboard.press('ArrowUp');
  assert.equal(await select.inputValue(), value);
}

/** Which type-specific parts of the question form are visible. */
async function visibleParts(page: Page): Promise<string[]> {
  return page
    .locator('[data-question-types]')
    .evaluateAll((parts) =>
      parts.filter((part) => !(part as HTMLElement).hidden).map((part) => part.getAttribute('data-question-types') ?? ''),
    );
}

async function savedQuestion(journey: Journey, text: string): Promise<string> {
  const row = await journey.app.context.db
    .selectFrom('survey_questions')
    .select('id')
    .where('text', 'like', `%${text}%`)
    .executeTakeFirstOrThrow();
  return row.id;
}

journey('a manager builds a multiple choice question by keyboard with the editor’s script, and it all comes back', async (journey) => {
  const { page } = journey;
  const fi = fiOf(journey);
  const main = page.getByRole('main');
  await signIn(journey);
  const survey = await newSurvey(journey, 'Palvelukysely');
  await journey.open(`${survey.path}/questions/new?section=${survey.sectionId}&type=short_text`);
  assert.deepEqual(await visibleParts(page), ['short_text long_text']);
  assert.equal(
    await main.getByRole('button', { name: fi('surveys.builder.showTypeSettings') }).count(),
    0,
    'the script shows types at once',
  );

  // The type first: only the options and the multiple choice settings appear.
  await journey.tabTo(page.locator('select[name="type"]'));
  await chooseByKeys(page, 'type', 'multiple_choice');
  assert.deepEqual(await visibleParts(page), ['single_choice multiple_choice ranking', 'single_choice multiple_choice', 'multiple_choice']);
  await main
    .getByRole('status')
    .filter({ hasText: fi('surveys.type.multiple_choice') })
    .waitFor();
  assert.ok(await main.getByLabel(fi('surveys.builder.scaleMin')).isHidden(), 'a scale setting is not shown');
  assert.ok(await main.getByLabel(fi('surveys.builder.maxLength')).isHidden(), 'a text setting is not shown');

  await typeInto(journey, 'text.fi', 'Mitä palveluja käytät?');
  await typeInto(journey, 'text.sv', 'Vilka tjänster använder du?');
  await typeInto(journey, 'choices.0.label.fi', 'Kirjasto');
  await typeInto(journey, 'choices.0.label.sv', 'Biblioteket');
  await typeInto(journey, 'choices.1.label.fi', 'Uimahalli');

  // Two more rows without saving; the focus goes to each new row.
  for (const [index, label] of [
    [2, 'Satama'],
    [3, 'Poistettava'],
  ] as const) {
    await journey.tabTo(main.getByRole('button', { name: fi('surveys.builder.addChoice') }), 120);
    await page.keyboard.press('Enter');
    assert.equal(await focusedName(page), `choices.${index}.label.fi`);
    await page.keyboard.type(label);
  }
  assert.equal(await main.getByRole('group', { name: fi('surveys.builder.choiceNumber', { number: 4 }) }).count(), 1);
  await journey.checkPage();
  // The fourth goes again; the focus lands on the row before it.
  await journey.tabTo(main.getByRole('button', { name: fi('surveys.builder.removeChoice', { number: 4 }) }), 120);
  await page.keyboard.press('Enter');
  assert.equal(await focusedName(page), 'choices.2.label.fi');
  assert.equal(await main.getByRole('group', { name: fi('surveys.builder.choiceNumber', { number: 4 }) }).count(), 0);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hamnen');

  await typeInto(journey, 'maxPicks', '2');
  await journey.checkPage();
  // Enter in a field saves the question: the row buttons are no longer the form's default.
  await journey.tabTo(page.locator('[name="choices.2.label.sv"]'), 120);
  await journey.follow(() => page.keyboard.press('Enter'));
  await main
    .getByRole('status')
    .filter({ hasText: fi('surveys.admin.saved') })
    .waitFor();

  const id = await savedQuestion(journey, 'Mitä palveluja käytät?');
  await journey.open(`${survey.path}/questions/${id}`);
  assert.deepEqual(await visibleParts(page), ['single_choice multiple_choice ranking', 'single_choice multiple_choice', 'multiple_choice']);
  const values = await page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll<HTMLInputElement>('main input[type="text"]'))
        .filter((input) => input.value !== '')
        .map((input) => [input.name, input.value]),
    ),
  );
  assert.deepEqual(values, {
    'text.fi': 'Mitä palveluja käytät?',
    'text.sv': 'Vilka tjänster använder du?',
    'choices.0.label.fi': 'Kirjasto',
    'choices.0.label.sv': 'Biblioteket',
    'choices.1.label.fi': 'Uimahalli',
    'choices.2.label.fi': 'Satama',
    'choices.2.label.sv': 'Hamnen',
    maxPicks: '2',
  });
  assert.equal(await page.locator('select[name="type"]').inputValue(), 'multiple_choice');

  // Rows up to the schema's limit, and not one more.
  await journey.open(`${survey.path}/questions/new?section=${survey.sectionId}&type=ranking`);
  const add = main.getByRole('button', { name: fi('surveys.builder.addChoice') });
  while (await add.isVisible()) await add.click();
  assert.equal(await page.locator('[data-choice-row]').count(), SURVEY_LIMITS.choicesMax);
  assert.equal(await focusedName(page), `choices.${SURVEY_LIMITS.choicesMax - 1}.label.fi`);
  await main.getByText(fi('surveys.builder.choicesFull', { max: SURVEY_LIMITS.choicesMax })).waitFor();
  await main.getByRole('button', { name: fi('surveys.builder.removeChoice', { number: 1 }), exact: true }).click();
  assert.ok(await add.isVisible(), 'below the limit a row can be added again');
  await journey.checkPage();
});

journey(
  'on a phone without scripts, the manager shows a type’s settings and adds an option by buttons, nothing lost',
  async (journey) => {
    const { page } = journey;
    const fi = fiOf(journey);
    const main = page.getByRole('main');
    await signIn(journey);
    const survey = await newSurvey(journey, 'Puhelimella');
    await journey.open(`${survey.path}/questions/new?section=${survey.sectionId}&type=short_text`);
    await typeInto(journey, 'text.fi', 'Kuinka tyytyväinen olet?');
    await journey.tabTo(page.locator('select[name="type"]'));
    await chooseByKeys(page, 'type', 'scale');
    assert.deepEqual(await visibleParts(page), ['short_text long_text'], 'without a script the parts change on the button');
    await journey.tabTo(main.getByRole('button', { name: fi('surveys.builder.showTypeSettings') }));
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.deepEqual(await visibleParts(page), ['scale']);
    assert.ok(page.url().endsWith('#question-type-settings'));
    assert.equal(await page.locator('[name="text.fi"]').inputValue(), 'Kuinka tyytyväinen olet?');
    await typeInto(journey, 'scaleMax', '7');
    await typeInto(journey, 'minLabel.fi', 'Tyytymätön');

    // To a choice question, and a third option row by the button.
    await journey.tabTo(page.locator('select[name="type"]'));
    await chooseByKeys(page, 'type', 'single_choice');
    await journey.tabTo(main.getByRole('button', { name: fi('surveys.builder.showTypeSettings') }));
    await journey.follow(() => page.keyboard.press('Enter'));
    await typeInto(journey, 'choices.0.label.fi', 'Hyvin');
    await typeInto(journey, 'choices.1.label.fi', 'Huonosti');
    await journey.tabTo(main.getByRole('button', { name: fi('surveys.builder.addChoice') }), 120);
    await journey.follow(() => page.keyboard.press('Enter'));
    assert.ok(page.url().endsWith('#choice-2'), 'the page opens at the new row');
    assert.equal(await page.locator('[name="choices.0.label.fi"]').inputValue(), 'Hyvin');
    assert.equal(await page.locator('[name="scaleMax"]').inputValue(), '7', 'the scale’s values wait, hidden');
    await typeInto(journey, 'choices.2.label.fi', 'En osaa sanoa');
    // Enter in a field saves, as in any form: the buttons that only show the form again are not its default.
    await journey.follow(() => page.keyboard.press('Enter'));
    await main
      .getByRole('status')
      .filter({ hasText: fi('surveys.admin.saved') })
      .waitFor();

    const id = await savedQuestion(journey, 'Kuinka tyytyväinen olet?');
    await journey.open(`${survey.path}/questions/${id}`);
    assert.deepEqual(await visibleParts(page), ['single_choice multiple_choice ranking', 'single_choice multiple_choice']);
    for (const [name, value] of [
      ['choices.0.label.fi', 'Hyvin'],
      ['choices.1.label.fi', 'Huonosti'],
      ['choices.2.label.fi', 'En osaa sanoa'],
    ] as const) {
      assert.equal(await page.locator(`[name="${name}"]`).inputValue(), value);
    }
  },
  { viewport: PHONE, withoutScripts: true },
);

/** RFC 4180 CSV as a spreadsheet program reads it (a byte-order mark, quoted commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relaxQuotes: false }) as string[][];
}

for (const [width, viewport] of [
  ['at desktop width', undefined],
  ['on a phone', PHONE],
] as const) {
  journey(
    `a resident registering twice is told they already are, and the organiser downloads the list as CSV and XLSX, ${width}`,
    async (journey) => {
      const { page } = journey;
      const fi = fiOf(journey);
      const main = page.getByRole('main');
      const admin = await journey.app.adminClient();
      const nextYear = new Date().getUTCFullYear() + 1;
      const created = await admin.api('POST', `/api/v1/processes/${journey.app.demo.processSlug}/events`, {
        kind: 'workshop',
        title: { fi: 'Rantatyöpaja', sv: 'Strandworkshop', en: 'Shore workshop' },
        startsOn: `${nextYear}-05-20`,
        startTime: '17:00',
        endTime: '19:00',
        audience: 'public',
        status: 'confirmed',
      });
      assert.equal(created.status, 201, created.text);
      const eventId = created.json<{ id: string }>().id;
      const settings = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, {
        registrationMode: 'open',
        capacity: 20,
        questions: [{ label: { fi: 'Ruokavalio', sv: 'Specialkost', en: 'Diet' }, required: false }],
      });
      assert.equal(settings.status, 200, settings.text);

      const register = async (name: string, diet: string) => {
        await journey.open(`/fi/events/${eventId}`);
        await main.getByLabel(fi('events.register.name')).fill(name);
        await main.getByLabel(fi('events.register.email')).fill('ranta@example.com');
        await main.getByLabel('Ruokavalio').fill(diet);
      };
      await register('=Ranta Asukas', 'Kasvis');
      await journey.follow(() => main.getByRole('button', { name: fi('events.register.submit') }).click());
      await main.getByText(fi('events.own.confirmed')).waitFor();

      await register('Ranta Asukas', 'Vegaani');
      await journey.follow(() => main.getByRole('button', { name: fi('events.register.submit') }).click(), { status: 409 });
      await main.getByRole('heading', { level: 1, name: fi('events.already.title') }).waitFor();
      await journey.follow(() => main.getByRole('button', { name: fi('events.already.resend') }).click());
      await main
        .getByRole('status')
        .filter({ hasText: fi('events.already.resent') })
        .waitFor();

      await signIn(journey);
      await journey.open(`/fi/admin/events/${eventId}/registrations`);
      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), main.getByRole('link', { name }).click()]);
        return fs.readFile((await file.path()) as string);
      };
      const csv = parseCsv((await download(fi('events.organiser.downloadCsv'))).toString('utf8'));
      assert.deepEqual(csv[0], [
        fi('events.organiser.number'),
        fi('events.register.name'),
        fi('events.register.email'),
        fi('events.organiser.status'),
        'Ruokavalio',
      ]);
      assert.equal(csv.length, 2, 'one registration: the second was refused');
      assert.deepEqual([csv[1]?.[1], csv[1]?.[2], csv[1]?.[4]], ["'=Ranta Asukas", 'ranta@example.com', 'Kasvis']);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(fi('events.organiser.downloadXlsx'))) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      assert.equal(sheet?.getRow(2).getCell(2).value, '=Ranta Asukas');
      assert.equal(sheet?.getRow(2).getCell(2).type, ExcelJS.ValueType.String);
      assert.equal(sheet?.getRow(2).getCell(5).value, 'Kasvis');
      await journey.checkPage();

      // Sector quotas in a process without sectors explain themselves and lead to where sectors are made.
      const slug = `ilman-sektoreita-${viewport ? 'puhelin' : 'tyopoyta'}`;
      const process = await admin.api('POST', '/api/v1/processes', { slug, title: { fi: 'Ilman sektoreita' } });
      assert.equal(process.status, 201, process.text);
      const bare = await admin.api('POST', `/api/v1/processes/${slug}/events`, {
        kind: 'seminar',
        title: { fi: 'Seminaari' },
        startsOn: `${nextYear}-06-01`,
        startTime: '09:00',
        endTime: '12:00',
        audience: 'public',
        status: 'planned',
      });
      assert.equal(bare.status, 201, bare.text);
      await journey.open(`/fi/admin/events/${bare.json<{ id: string }>().id}/registration`);
      await main.getByText(fi('events.settings.noSectors')).waitFor();
      assert.equal(await main.getByText(fi('events.settings.noUnits')).count(), 0, 'the demo organisation has units');
      await journey.follow(() => main.getByRole('link', { name: fi('events.settings.noSectorsLink') }).click());
      assert.ok(page.url().endsWith(`/fi/admin/processes/${process.json<{ id: string }>().id}/bodies`));
    },
    viewport ? { viewport } : {},
  );
}
