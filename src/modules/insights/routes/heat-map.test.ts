import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { recordContributions, type TimedContributionInput } from '../../contributions/index.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';
import { themeGroupHeatMap } from '../themes/heat-map.ts';

/** People per theme (rows) and age band (columns: keski, nuori, vanha); one contribution each. */
const COUNTS = [
  [8, 10, 6],
  [9, 7, 12],
  [6, 2, 7],
];
const BANDS = ['keski', 'nuori', 'vanha'];
const THEMES = ['Pyörätiet', 'Kirjasto', 'Satama'];

describe('the heat map of a run: themes by background group or channel, with lift, tests, and small cells hidden', () => {
  let test: TestApp;
  let admin: TestClient;
  let path: string;
  const people: Array<{ group: string | null; themes: number[] }> = [];

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const processId = test.demo.processId as string;
    const inputs: TimedContributionInput[] = [];
    const themes: string[][] = THEMES.map(() => []);
    let serial = 0;
    const add = (channel: 'survey' | 'workshop', theme: number, band: string | null) => {
      serial += 1;
      const id = `lampo-${serial}`;
      themes[theme]!.push(id);
      inputs.push({
        organisationId,
        processId,
        channel,
        sourceType: 'test',
        sourceId: id,
        authorUserId: null,
        participantKey: `henkilo-${serial}`,
        language: 'fi',
        text: `Teksti ${serial}`,
        metadata: band ? { background: [{ kind: 'age_band', questionCode: 'ika', value: [band], label: band }] } : {},
      });
      if (channel === 'survey') people.push({ group: band ? `ika=${band}` : null, themes: [theme] });
    };
    for (const [theme, row] of COUNTS.entries())
      for (const [column, count] of row.entries()) for (let person = 0; person < count; person++) add('survey', theme, BANDS[column]!);
    add('survey', 0, null);
    add('survey', 1, null);
    for (let index = 0; index < 3; index++) add('workshop', 2, null);
    await test.context.db.transaction().execute((trx) => recordContributions(trx, inputs, new Date('2026-03-01T10:00:00.000Z')));
    const ids = await test.context.db.selectFrom('contributions').select(['id', 'source_id']).where('source_type', '=', 'test').execute();
    const idOf = new Map(ids.map((row) => [row.source_id, row.id]));
    const { runId } = await storeFinishedRun(
      test.context.db,
      {
        organisationId,
        processId,
        themes: THEMES.map((label, index) => ({ label, contributionIds: themes[index]!.map((id) => idOf.get(id)!) })),
      },
      new Date('2026-03-02T10:00:00.000Z'),
    );
    path = `/fi/admin/insights/runs/${runId}/heat-map`;
  });
  after(() => test.close());

  const cells = (html: string) =>
    parse(html)
      .querySelectorAll('table.heat-map tbody tr')
      .map((row) => row.querySelectorAll('td.heat-cell').map((cell) => cell.text.trim()));

  it('crosses the themes with a background question: people and lift in each cell, cells under five people hidden, tests below', async () => {
    const response = await admin.get(`${path}?by=background%3Aika`);
    assert.equal(response.status, 200, response.text.slice(0, 500));
    const expected = themeGroupHeatMap(people, { themeCount: 3, groups: BANDS.map((band) => `ika=${band}`), minimumPeople: 5 });
    const shown = cells(response.text);
    assert.equal(shown.length, 3);
    for (const [theme, row] of expected.cells.entries())
      for (const [column, cell] of row.entries()) {
        const text = shown[theme]![column]!;
        if (cell.suppressed) assert.equal(text, 'piilotettu', `${THEMES[theme]} × ${BANDS[column]}`);
        else assert.equal(text, `${cell.count} (nosto ${cell.lift?.toFixed(2).replace('.', ',').replace(/,?0+$/, '')})`);
      }
    assert.equal(shown[2]![1], 'piilotettu', 'two people of a group in a theme are not shown');
    assert.ok(
      shown.flat().every((text) => text === 'piilotettu' || Number(text.split(' ')[0]) >= 5),
      'no shown count under five',
    );
    assert.ok(
      shown.flat().some((text) => text !== 'piilotettu'),
      'some cells are shown',
    );
    const page = parse(response.text);
    assert.deepEqual(
      page.querySelectorAll('table.heat-map thead th').map((th) => th.childNodes[0]?.text.trim()),
      ['Teema', 'keski', 'nuori', 'vanha', 'Riippuuko teema ryhmästä (χ²)'],
    );
    assert.match(response.text, /Koko taulukon khiin neliö -testi: χ² = [\d,]+, vapausasteita 4, p = /);
    assert.ok(
      response.text.includes('5 ihmistä ei vastannut tähän taustakysymykseen'),
      'two by survey and three by workshop gave no age band',
    );
    assert.ok(page.querySelector('td.heat--suppressed') && page.querySelector('.heat-legend'), 'shades with their legend');
  });

  it('crosses the themes with the channel without hiding, and refuses an unknown column at the field', async () => {
    const response = await admin.get(`${path}?by=channel`);
    assert.equal(response.status, 200);
    const shown = cells(response.text);
    assert.match(
      shown[2]!.join('|'),
      /^15 \(nosto [\d,]+\)\|3 \(nosto 4\)$/,
      'satama: 15 by survey, 3 by workshop (under five, shown by channel)',
    );
    const wrong = await admin.get(`${path}?by=background%3Aei`);
    assert.equal(wrong.status, 422);
    assert.match(parse(wrong.text).querySelector('#field-by-error')?.text ?? '', /Sarakkeet/);
    assert.equal((await test.client().get(path)).status, 303);
    assert.equal((await admin.get('/fi/admin/insights/runs/ei-ajo/heat-map')).status, 404);
  });

  it('crosses the themes with the phase a contribution was given in, a person once in each phase, without hiding', async () => {
    const phases = await test.context.db
      .selectFrom('process_phases')
      .select(['id', 'title'])
      .where('process_id', '=', test.demo.processId as string)
      .orderBy('position')
      .execute();
    const dates = [
      ['2026-02-01', '2026-03-01'],
      ['2026-03-02', '2026-04-30'],
      ['2030-01-01', '2030-12-31'],
    ] as const;
    for (const [index, phase] of phases.entries()) {
      const [startsOn, endsOn] = dates[Math.min(index, 2)]!;
      await test.context.db
        .updateTable('process_phases')
        .set({ starts_on: startsOn, ends_on: endsOn })
        .where('id', '=', phase.id)
        .execute();
    }
    // The workshop's three people took part in the second phase; one survey answer fell outside every phase.
    await test.context.db
      .updateTable('contributions')
      .set({ created_at: '2026-03-10T10:00:00.000Z' })
      .where('source_type', '=', 'test')
      .where('channel', '=', 'workshop')
      .execute();
    await test.context.db
      .updateTable('contributions')
      .set({ created_at: '2025-01-01T10:00:00.000Z' })
      .where('source_type', '=', 'test')
      .where('source_id', '=', 'lampo-1')
      .execute();
    const response = await admin.get(`${path}?by=phase`);
    assert.equal(response.status, 200, response.text.slice(0, 500));
    const page = parse(response.text);
    const firstTwo = phases.slice(0, 2).map((phase) => JSON.parse(phase.title).fi as string);
    assert.deepEqual(
      page.querySelectorAll('table.heat-map thead th').map((th) => th.childNodes[0]?.text.trim()),
      ['Teema', ...firstTwo, 'Riippuuko teema ryhmästä (χ²)'],
      'only the phases with people, in the process’s order',
    );
    const shown = cells(response.text);
    assert.match(shown[0]!.join('|'), /^24 \(nosto [\d,]+\)\|0( |$)/, 'pyörätiet: 25 by survey less the one outside the phases');
    assert.match(
      shown[2]!.join('|'),
      /^15 \(nosto [\d,]+\)\|3 \(nosto [\d,]+\)$/,
      'satama: 3 in the second phase, shown though under five',
    );
    assert.ok(response.text.includes('1 ihmistä osallistui minkään vaiheen päivien ulkopuolella'), 'the one outside every phase is named');
    const english = await admin.get(`${path.replace('/fi/', '/en/')}?by=phase`);
    assert.match(english.text, /By phase, a person counts once in each phase/);
  });
});
