import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { recordContributions, type TimedContributionInput } from '../../contributions/index.ts';
import { findProcessBySlug, listPhases } from '../../processes/index.ts';
import { loadParticipationFigures } from '../participation/load-figures.ts';
import { csvValue } from './open-data.ts';
import { type OpenRow, openRowPages } from './open-rows.ts';

describe('open data: a process’s zip of CSV and JSON with README and data dictionary', () => {
  let test: TestApp;
  let slug: string;
  let zip: JSZip;
  const file = async (name: string) => {
    const entry = zip.file(name);
    assert.ok(entry, `${name} is in the zip`);
    return entry.async('string');
  };

  before(async () => {
    test = await startTestApp({ demo: true });
    slug = test.demo.processSlug!;
    const organisationId = test.demo.organisationId!;
    const process = await findProcessBySlug(test.context.db, organisationId, slug);
    const common = { organisationId, processId: process!.id, channel: 'survey' as const, sourceType: 'open_data_test', language: 'fi' };
    const inputs: TimedContributionInput[] = [
      {
        ...common,
        sourceId: 'mail',
        authorUserId: test.demo.adminUserId!,
        text: 'Kirjoita minulle: matti.meikalainen@example.com tai soita 040 1234567.',
      },
      {
        ...common,
        sourceId: 'formula',
        authorUserId: null,
        participantKey: 'formula-key',
        text: '=HYPERLINK("http://evil.example","klikkaa")',
      },
      ...[1, 2, 3].map((n) => ({
        ...common,
        sourceId: `small-${n}`,
        authorUserId: null,
        participantKey: `small-${n}`,
        text: `Pieni ryhmä ${n}`,
        metadata: { background: [{ kind: 'age_band', questionCode: 'ika-test', value: ['harvinainen'], label: 'Harvinainen ikäryhmä' }] },
      })),
    ];
    await recordContributions(test.context.db, inputs, new Date('2013-03-01T10:00:00Z'));
    const admin = await test.adminClient();
    assert.equal((await admin.api('POST', `/api/v1/processes/${slug}/report/publish`)).status, 204);
    const response = await fetch(`${test.baseUrl}/api/v1/processes/${slug}/open-data`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/zip');
    zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  });
  after(() => test.close());

  it('holds every file, and the data dictionary names every column of every CSV in order, with the licence', async () => {
    assert.deepEqual(Object.keys(zip.files).sort(), [
      'README.md',
      'contributions.csv',
      'contributions.json',
      'datapackage.json',
      'participation.csv',
      'participation.json',
      'report.json',
    ]);
    const dictionary = JSON.parse(await file('datapackage.json')) as {
      licenses: Array<{ name: string }>;
      resources: Array<{ path: string; schema?: { fields: Array<{ name: string; description: string }> } }>;
    };
    assert.equal(dictionary.licenses[0]?.name, 'CC-BY-4.0');
    for (const resource of dictionary.resources) {
      assert.ok(zip.file(resource.path), `${resource.path} is described and present`);
      if (!resource.path.endsWith('.csv')) continue;
      const header = (await file(resource.path))
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      assert.deepEqual(
        header,
        resource.schema?.fields.map((field) => field.name),
      );
      for (const field of resource.schema?.fields ?? []) assert.ok(field.description.length > 10);
    }
    const readme = await file('README.md');
    assert.match(readme, /CC-BY-4.0/);
    assert.match(readme, /\| age_band \| string \|/);
  });

  it('removes identities, masks personal data in texts, neutralises formulas and suppresses small groups', async () => {
    const csv = await file('contributions.csv');
    const json = await file('contributions.json');
    for (const text of [csv, json, await file('report.json'), await file('participation.csv')]) {
      assert.doesNotMatch(text, /matti\.meikalainen@example\.com|040 1234567/);
      assert.ok(!text.includes(test.demo.adminUserId!), 'no account id');
      assert.doesNotMatch(text, /formula-key|small-1/);
    }
    assert.match(csv, /Kirjoita minulle: \[email\] tai soita \[phone\]\./);
    assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil\.example"",""klikkaa""\)"/);
    assert.ok(JSON.parse(json).some((row: { text: string }) => row.text.startsWith('=HYPERLINK')));
    assert.match(csv, /,Pieni ryhmä 1\r\n/);
    assert.doesNotMatch(csv, /Harvinainen/);
    assert.match(await file('participation.csv'), /ageBand,Harvinainen ikäryhmä,,\r\n/);
  });

  it('reads the same rows, numbered the same, whatever the page size (the next page is read ahead)', async () => {
    const organisationId = test.demo.organisationId!;
    const process = (await findProcessBySlug(test.context.db, organisationId, slug))!;
    const input = {
      db: test.context.db,
      organisationId,
      process,
      phases: await listPhases(test.context.db, organisationId, [process.id]),
      figures: await loadParticipationFigures(test.context, organisationId, process, 'fi'),
    };
    const read = async (pageSize?: number) => {
      const rows: OpenRow[] = [];
      for await (const page of openRowPages(input, pageSize)) rows.push(...page);
      return rows;
    };
    const whole = await read();
    assert.ok(whole.length > 5, 'the demo and the test rows');
    assert.deepEqual(
      whole.map((row) => row.number),
      whole.map((_, index) => index + 1),
    );
    assert.ok(
      whole.some((row) => row.age_band !== '' || row.area !== ''),
      'some rows name a background group',
    );
    for (const pageSize of [1, 2, 5]) assert.deepEqual(await read(pageSize), whole, `pages of ${pageSize}`);
    // A reader that stops after the first page leaves a page read ahead: the generator ends cleanly.
    for await (const page of openRowPages(input, 2)) {
      assert.equal(page.length, 2);
      break;
    }
  });

  it('CSV cells are quoted when they must be and never start a formula', () => {
    assert.equal(csvValue('a,b'), '"a,b"');
    assert.equal(csvValue('say "hi"'), '"say ""hi"""');
    assert.equal(csvValue('-1'), "'-1");
    assert.equal(csvValue('@x'), "'@x");
    assert.equal(csvValue(null), '');
    assert.equal(csvValue(5), '5');
  });
});
