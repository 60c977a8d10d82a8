import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { SURVEY_LIMITS } from './schemas.ts';

/** The type-specific parts of the question form, each with the types it is for and whether it is shown. */
function partsOf(html: string): Array<{ types: string; shown: boolean }> {
  return [...html.matchAll(/<div data-question-types="([^"]+)"( hidden(?:="")?)?>/g)].map((match) => ({
    types: match[1] ?? '',
    shown: match[2] === undefined,
  }));
}

/** The types of the parts shown. */
function shownParts(html: string): string[] {
  return partsOf(html)
    .filter((part) => part.shown)
    .map((part) => part.types);
}

/** The value of the input with this name, or null. */
function inputValue(html: string, name: string): string | null {
  const match = new RegExp(`<input[^>]*name="${name.replaceAll('.', '\\.')}"[^>]*>`).exec(html);
  if (!match) return null;
  return /value="([^"]*)"/.exec(match[0])?.[1] ?? '';
}

/** How many choice rows the form has. */
function choiceRows(html: string): number {
  return [...html.matchAll(/data-choice-row/g)].length;
}

describe('the question editor shows only the chosen type’s settings and edits choice rows without saving', () => {
  let test: TestApp;
  let admin: TestClient;
  let surveyPath: string;
  let sectionId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const created = await admin.postForm('/fi/admin/surveys/new', {
      processSlug: test.demo.processSlug as string,
      'title.fi': 'Kysymyseditori',
      audience: 'anyone',
      status: 'draft',
    });
    assert.equal(created.status, 303, created.text.slice(0, 300));
    surveyPath = created.location ?? '';
    const page = await admin.get(surveyPath);
    sectionId = /name="section" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    assert.ok(sectionId);
  });
  after(() => test.close());

  it('shows each type’s own parts only, the others hidden but in the form', async () => {
    const expected: Record<string, string[]> = {
      short_text: ['short_text long_text'],
      long_text: ['short_text long_text'],
      single_choice: ['single_choice multiple_choice ranking', 'single_choice multiple_choice'],
      multiple_choice: ['single_choice multiple_choice ranking', 'single_choice multiple_choice', 'multiple_choice'],
      ranking: ['single_choice multiple_choice ranking'],
      scale: ['scale'],
      number: ['number'],
      date: [],
    };
    for (const [type, parts] of Object.entries(expected)) {
      const form = await admin.get(`${surveyPath}/questions/new?section=${sectionId}&type=${type}`);
      assert.equal(form.status, 200);
      assert.deepEqual(shownParts(form.text), parts, type);
      assert.equal(partsOf(form.text).length, 6, `${type}: every part is in the form`);
    }
    const form = await admin.get(`${surveyPath}/questions/new?section=${sectionId}&type=single_choice`);
    assert.equal(choiceRows(form.text), 2, 'a new choice question starts with two rows');
    assert.match(form.text, /<script type="module" src="\/assets\/surveys\/question-editor.js"><\/script>/);
    const script = await admin.get('/assets/surveys/question-editor.js');
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  });

  it('shows another type’s settings without saving, every value kept', async () => {
    const shown = await admin.postForm(`${surveyPath}/questions/new`, {
      sectionId,
      type: 'number',
      'text.fi': 'Montako kertaa?',
      'text.sv': 'Hur många gånger?',
      'choices.0.label.fi': 'Jää talteen',
      'choices.0.label.en': 'Kept',
      scaleMax: '7',
      _intent: 'type',
    });
    assert.equal(shown.status, 200);
    assert.deepEqual(shownParts(shown.text), ['number']);
    assert.equal(inputValue(shown.text, 'text.fi'), 'Montako kertaa?');
    assert.equal(inputValue(shown.text, 'text.sv'), 'Hur många gånger?');
    assert.equal(inputValue(shown.text, 'choices.0.label.fi'), 'Jää talteen', 'a hidden part keeps its values');
    assert.equal(inputValue(shown.text, 'choices.0.label.en'), 'Kept');
    assert.equal(inputValue(shown.text, 'scaleMax'), '7');
    assert.match(shown.text, /<select[^>]*name="type"[\s\S]*?<option value="number" selected/);
    const rows = await test.context.db.selectFrom('survey_questions').select('id').where('text', 'like', '%Montako%').execute();
    assert.equal(rows.length, 0, 'nothing was saved');
  });

  it('adds and removes choice rows without saving, in fi, sv and en, up to the limit', async () => {
    const base = {
      sectionId,
      type: 'single_choice',
      'text.fi': 'Mikä reitti?',
      'choices.0.label.fi': 'Ranta',
      'choices.0.label.sv': 'Stranden',
      'choices.1.label.fi': 'Metsä',
      'choices.1.label.en': 'Forest',
    };
    const added = await admin.postForm(`${surveyPath}/questions/new`, { ...base, _intent: 'add-choice' });
    assert.equal(added.status, 200);
    assert.equal(choiceRows(added.text), 3);
    assert.equal(inputValue(added.text, 'choices.0.label.sv'), 'Stranden');
    assert.equal(inputValue(added.text, 'choices.1.label.en'), 'Forest');
    assert.equal(inputValue(added.text, 'choices.2.label.fi'), '');
    assert.match(added.text, /formaction="[^"]*\/questions\/new#choice-3"/, 'the next add opens the page at the row it adds');

    const removed = await admin.postForm(`${surveyPath}/questions/new`, {
      ...base,
      'choices.2.label.fi': 'Kaupunki',
      _intent: 'remove-choice-0',
    });
    assert.equal(removed.status, 200);
    assert.equal(choiceRows(removed.text), 2);
    assert.equal(inputValue(removed.text, 'choices.0.label.fi'), 'Metsä');
    assert.equal(inputValue(removed.text, 'choices.0.label.en'), 'Forest');
    assert.equal(inputValue(removed.text, 'choices.1.label.fi'), 'Kaupunki');

    const full = Object.fromEntries(
      Array.from({ length: SURVEY_LIMITS.choicesMax }, (_, index) => [`choices.${index}.label.fi`, `Vaihtoehto ${index + 1}`]),
    );
    const atLimit = await admin.postForm(`${surveyPath}/questions/new`, { ...base, ...full, _intent: 'add-choice' });
    assert.equal(atLimit.status, 200);
    assert.equal(choiceRows(atLimit.text), SURVEY_LIMITS.choicesMax, 'no row beyond the limit');
    assert.match(atLimit.text, /<p data-add-choice-row="true" hidden><button[^>]*value="add-choice"/, 'no add button at the limit');
    assert.match(added.text, /<p data-add-choice-row="true"><button[^>]*value="add-choice"/);
    assert.match(atLimit.text, /<p class="field__hint" data-choice-max-note="true">/, 'the limit is said');
    assert.match(added.text, /<p class="field__hint" data-choice-max-note="true" hidden/, 'and only at the limit');
  });

  it('saves what was built, ignoring settings of other types, and gives everything back when reopened', async () => {
    const saved = await admin.postForm(`${surveyPath}/questions/new`, {
      sectionId,
      type: 'multiple_choice',
      'text.fi': 'Mitkä palvelut?',
      'text.sv': 'Vilka tjänster?',
      'text.en': 'Which services?',
      'choices.0.label.fi': 'Kirjasto',
      'choices.0.label.sv': 'Biblioteket',
      'choices.0.label.en': 'Library',
      'choices.1.label.fi': 'Uimahalli',
      'choices.1.label.sv': 'Simhallen',
      'choices.1.label.en': 'Swimming hall',
      'choices.2.label.fi': 'Satama',
      allowOther: 'yes',
      minPicks: '1',
      maxPicks: '2',
      scaleMin: 'ei luku',
      numberMin: 'eikä tämä',
      maxLength: '-5',
    });
    assert.equal(saved.status, 303, saved.text.slice(0, 500));
    const row = await test.context.db
      .selectFrom('survey_questions')
      .select('id')
      .where('text', 'like', '%Mitkä palvelut%')
      .executeTakeFirstOrThrow();
    const reopened = await admin.get(`${surveyPath}/questions/${row.id}`);
    assert.equal(reopened.status, 200);
    assert.deepEqual(shownParts(reopened.text), [
      'single_choice multiple_choice ranking',
      'single_choice multiple_choice',
      'multiple_choice',
    ]);
    assert.equal(choiceRows(reopened.text), 3);
    for (const [name, value] of [
      ['text.en', 'Which services?'],
      ['choices.0.label.sv', 'Biblioteket'],
      ['choices.1.label.en', 'Swimming hall'],
      ['choices.2.label.fi', 'Satama'],
      ['minPicks', '1'],
      ['maxPicks', '2'],
    ] as const) {
      assert.equal(inputValue(reopened.text, name), value, name);
    }
    assert.match(reopened.text, /name="allowOther\[\]" value="yes" checked/);

    // A setting of the chosen type is still checked.
    const bad = await admin.postForm(`${surveyPath}/questions/new`, {
      sectionId,
      type: 'short_text',
      'text.fi': 'Nimi?',
      maxLength: 'paljon',
      minPicks: 'ei väliä',
    });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /href="#field-maxLength"/);
    assert.doesNotMatch(bad.text, /href="#field-minPicks"/);
  });
});
