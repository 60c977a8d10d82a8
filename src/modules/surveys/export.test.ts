import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey } from './test-fixtures.ts';

type Cell = string | number | null;

/** A strict RFC 4180 reader, enough for our own exports (quotes, doubled quotes, newlines in cells). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const textArbitrary = (maxLength: number) =>
  fc
    .array(fc.constantFrom('a', 'ö', 'Å', ',', '"', ';', '\n', 'é', '😀', ' ', '<', '>', '&', 'x', 'Rauma'), {
      minLength: 1,
      maxLength: maxLength / 5,
    })
    .map((parts) => parts.join('').trim().slice(0, maxLength).trim())
    .filter((text) => text.length > 0);

describe('survey exports', () => {
  let test: TestApp;
  let admin: TestClient;
  let survey: FixtureSurvey;
  const sent = new Map<string, Record<string, Cell>>();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
    const q = survey.questions;
    const answerSets = fc.sample(
      fc.record({
        area: fc.constantFrom(0, 1, 2),
        values: fc.option(
          fc.record({
            picks: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3), { minLength: 1, maxLength: 2 }),
            other: fc.option(textArbitrary(60)),
          }),
        ),
        why: fc.option(textArbitrary(200)),
        idea: fc.option(textArbitrary(40)),
        scale: fc.integer({ min: 1, max: 5 }),
        ranking: fc.option(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 })),
        age: fc.option(fc.integer({ min: 0, max: 120 })),
        visited: fc.option(
          fc
            .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
            .map((date) => date.toISOString().slice(0, 10)),
        ),
        followUp: fc.option(textArbitrary(80)),
      }),
      { numRuns: 14, seed: 2013 },
    );
    for (const set of answerSets) {
      const choiceIds = set.values
        ? [...set.values.picks.map((index) => q.values.choices[index] as string), ...(set.values.other ? ['other'] : [])]
        : null;
      const answers: Record<string, unknown> = {
        [q.area.id]: { choiceIds: [q.area.choices[set.area]] },
        [q.scale.id]: { number: set.scale },
        ...(choiceIds ? { [q.values.id]: { choiceIds, other: set.values?.other ?? undefined } } : {}),
        ...(set.why ? { [q.why.id]: { text: set.why } } : {}),
        ...(set.idea ? { [q.idea.id]: { text: set.idea } } : {}),
        ...(set.ranking ? { [q.ranking.id]: { ranking: set.ranking.map((index) => q.ranking.choices[index]) } } : {}),
        ...(set.age !== null ? { [q.age.id]: { number: set.age } } : {}),
        ...(set.visited ? { [q.visited.id]: { date: set.visited } } : {}),
        ...(set.followUp ? { [q.followUp.id]: { text: set.followUp } } : {}),
      };
      const { id } = await apiOk<{ id: string }>(test.client(), 'POST', `/api/v1/surveys/${survey.id}/responses`, { answers }, 201);
      const seaChosen = set.values?.picks.includes(1) ?? false;
      const labels = ['Vanha Rauma', 'Meri', 'Pitsi', 'Palvelut'];
      sent.set(id, {
        q1: ['Keskusta', 'Uotila', 'Lappi'][set.area] as string,
        q1_other: null,
        q2: set.values
          ? [...set.values.picks]
              .sort((a, b) => a - b)
              .map((index) => labels[index])
              .join('; ')
          : null,
        ...Object.fromEntries(
          ([0, 1, 2, 3] as const).map((index) => [`q2_c${index + 1}`, set.values ? (set.values.picks.includes(index) ? 1 : 0) : null]),
        ),
        q2_other: set.values?.other ?? null,
        q3: set.why,
        q4: set.idea,
        q5: set.scale,
        ...Object.fromEntries([0, 1, 2].map((index) => [`q6_c${index + 1}`, set.ranking ? set.ranking.indexOf(index) + 1 : null])),
        q7: set.age,
        q8: set.visited,
        q9: seaChosen ? set.followUp : null,
      });
    }
  });
  after(() => test.close());

  function compare(format: string, rows: Array<Record<string, Cell>>) {
    assert.equal(rows.length, sent.size, `${format}: one row per response`);
    for (const row of rows) {
      const expected = sent.get(String(row.response_id));
      assert.ok(expected, `${format}: unknown response ${row.response_id}`);
      for (const [column, value] of Object.entries(expected)) {
        const actual = row[column];
        const normalised = actual === '' || actual === undefined ? null : actual;
        assert.equal(String(normalised), String(value), `${format} ${column} of ${row.response_id}`);
      }
    }
  }

  it('CSV: every answer of every type comes back, conditional and unanswered questions as empty cells', async () => {
    const response = await admin.get(`/api/v1/surveys/${survey.id}/export?format=csv`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="survey-.*\.csv"/);
    const [header = [], ...rows] = parseCsv(response.text.replace(/^\uFEFF/, ''));
    assert.deepEqual(header, [
      'response_id',
      'submitted_at',
      'updated_at',
      'language',
      'q1',
      'q1_other',
      'q2',
      'q2_c1',
      'q2_c2',
      'q2_c3',
      'q2_c4',
      'q2_other',
      'q3',
      'q4',
      'q5',
      'q6_c1',
      'q6_c2',
      'q6_c3',
      'q7',
      'q8',
      'q9',
    ]);
    assert.ok(
      rows.every((row) => row.length === header.length),
      'every row has every column',
    );
    compare(
      'csv',
      rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? null]))),
    );
  });

  it('JSON: the codebook and every answer by question code, losslessly', async () => {
    const response = await admin.get(`/api/v1/surveys/${survey.id}/export?format=json`);
    assert.equal(response.status, 200);
    const body = response.json<{
      survey: { sections: unknown[] };
      responses: Array<{ id: string; answers: Record<string, Record<string, unknown>> }>;
    }>();
    assert.equal(body.survey.sections.length, 2);
    const rows = body.responses.map((entry) => {
      const a = entry.answers;
      const picks = (a.q2?.choices as string[] | undefined) ?? null;
      const ranking = (a.q6?.ranking as string[] | undefined) ?? null;
      const labels: Record<string, string> = { c1: 'Vanha Rauma', c2: 'Meri', c3: 'Pitsi', c4: 'Palvelut' };
      return {
        response_id: entry.id,
        q1: { c1: 'Keskusta', c2: 'Uotila', c3: 'Lappi' }[((a.q1?.choices as string[] | undefined) ?? [])[0] as 'c1'] ?? null,
        q1_other: (a.q1?.other as string | null) ?? null,
        q2: picks ? picks.map((code) => labels[code]).join('; ') : null,
        ...Object.fromEntries(['c1', 'c2', 'c3', 'c4'].map((code) => [`q2_${code}`, picks ? (picks.includes(code) ? 1 : 0) : null])),
        q2_other: (a.q2?.other as string | null) ?? null,
        q3: (a.q3?.text as string) ?? null,
        q4: (a.q4?.text as string) ?? null,
        q5: (a.q5?.number as number) ?? null,
        ...Object.fromEntries(['c1', 'c2', 'c3'].map((code) => [`q6_${code}`, ranking ? ranking.indexOf(code) + 1 : null])),
        q7: (a.q7?.number as number) ?? null,
        q8: (a.q8?.date as string) ?? null,
        q9: (a.q9?.text as string) ?? null,
      };
    });
    compare('json', rows);
  });

  it('XLSX: the same columns and cells, numbers as numbers, with a codebook sheet', async () => {
    const response = await fetch(`${test.baseUrl}/api/v1/surveys/${survey.id}/export?format=xlsx`, {
      headers: { cookie: await cookieOf(admin) },
    });
    assert.equal(response.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('responses');
    assert.ok(sheet);
    const header = (sheet.getRow(1).values as Cell[]).slice(1).map(String);
    const rows: Array<Record<string, Cell>> = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = (row.values as Cell[]).slice(1);
      rows.push(Object.fromEntries(header.map((name, index) => [name, values[index] ?? null])));
    });
    assert.equal(typeof rows[0]?.q5, 'number');
    compare('xlsx', rows);
    const codebook = workbook.getWorksheet('codebook');
    assert.equal(codebook?.getRow(5).getCell(1).value, 'q1');
    assert.equal(codebook?.getRow(5).getCell(2).value, 'Asuinalue');
  });

  it('shows accounts only in the full export of a survey that is not anonymous, and never in open data', async () => {
    const identified = await createFixtureSurvey(test, admin, { anonymous: false, resultsPublic: true });
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const q = identified.questions;
    await apiOk(
      resident,
      'POST',
      `/api/v1/surveys/${identified.id}/responses`,
      { answers: { [q.area.id]: { choiceIds: [q.area.choices[0]] }, [q.scale.id]: { number: 1 } } },
      201,
    );
    const full = await admin.get(`/api/v1/surveys/${identified.id}/export?format=csv`);
    assert.match(full.text, /user_email/);
    assert.match(full.text, /resident@demo\.tarina\.invalid/);
    const open = await test.client().get(`/api/v1/surveys/${identified.id}/export?format=json&variant=open`);
    assert.equal(open.status, 200);
    assert.doesNotMatch(open.text, /resident@demo|"userId"|"email"/);
    const anonymous = await admin.get(`/api/v1/surveys/${survey.id}/export?format=json`);
    assert.doesNotMatch(anonymous.text, /"userId"|"email"/);
    const audit = await test.context.db.selectFrom('audit_log').select('id').where('action', '=', 'surveys.results.export').execute();
    assert.ok(audit.length >= 3, 'reading everyone’s answers is audited');
  });
});

async function cookieOf(client: TestClient): Promise<string> {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}
