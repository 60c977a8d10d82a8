import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionPath, currentValues, postForms } from '../../../platform/testing/html-forms.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import type { GoalsDemoState } from '../seed-demo.ts';
import { createUnitPerson } from '../test-support/people.ts';

/** A multipart/form-data body as a browser sends it: text fields, and files with their name and bytes (UTF-8 here). */
function multipart(fields: Array<[string, string] | [string, string, string]>): { body: string; type: string } {
  const boundary = '----tarina-goals-boundary';
  const parts = fields.map(([name, value, filename]) => {
    const disposition =
      filename !== undefined ? `form-data; name="${name}"; filename="${filename}"\r\nContent-Type: text/csv` : `form-data; name="${name}"`;
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n${value}\r\n`;
  });
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

describe('figures as CSV (the follow-up CSV filled in and pasted back)', () => {
  let test: TestApp;
  let admin: TestClient;
  let ids: GoalsDemoState;
  let processId: string;
  const actualOf = async (indicatorId: string) =>
    (await loadFollowUp(test.context.db, test.demo.organisationId as string, processId)).actuals.find(
      (actual) => actual.indicatorId === indicatorId && actual.roundId === ids.roundId,
    );

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    ids = test.demo.goals as GoalsDemoState;
    processId = test.demo.processId as string;
  });
  after(() => test.close());

  it('page: a wrong row refuses the whole text (422), naming the line, and keeps what was pasted', async () => {
    const csv = `indicator_id;round_id;actual;comment\n${ids.indicatorIds[0]};${ids.roundId};71,5;Hyvä\n${ids.indicatorIds[1]};${ids.roundId};paljon;`;
    const refused = await admin.postForm(`/fi/admin/goals/processes/${processId}/actuals/csv`, { csv });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Rivi 3: toteuma ei ole luku/);
    assert.ok(refused.text.includes('71,5;Hyvä'));
    assert.notEqual((await actualOf(ids.indicatorIds[0]!))?.value, 71.5);
    const foreign = await admin.postForm(`/sv/admin/goals/processes/${processId}/actuals/csv`, {
      csv: `indicator_id,round_id,actual\nunknown,${ids.roundId},1`,
    });
    assert.equal(foreign.status, 422);
    assert.match(foreign.text, /Rad 2: denna indikator finns inte i processen\./);
    const header = await admin.postForm(`/en/admin/goals/processes/${processId}/actuals/csv`, { csv: 'a;b\n1;2' });
    assert.match(header.text, /The first line must name the columns/);
  });

  it('page: the exported CSV with figures filled in records them (decimal comma, other columns ignored, empty rows skipped)', async () => {
    const exported = await test.client().get(`/api/v1/processes/${test.demo.processSlug}/goals.csv`);
    assert.equal(exported.status, 200);
    const lines = exported.text.trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const at = (name: string) => header.indexOf(name);
    const row = lines.slice(1).find((line) => line.includes(ids.indicatorIds[0]!) && line.includes(ids.roundId))!;
    assert.ok(row, 'the export has a row for the indicator in the round');
    const semicolons = [
      'indicator_id;round_id;actual;comment;goal',
      `${ids.indicatorIds[0]};${ids.roundId};"71,5";Luku kyselystä;ohitetaan`,
      `${ids.indicatorIds[1]};${ids.roundId};;`,
    ].join('\n');
    assert.ok(at('indicator_id') >= 0 && at('round_id') >= 0 && at('actual') >= 0);
    const done = await admin.postForm(`/fi/admin/goals/processes/${processId}/actuals/csv`, { csv: semicolons });
    assert.equal(done.status, 303);
    const recorded = await actualOf(ids.indicatorIds[0]!);
    assert.deepEqual([recorded?.value, recorded?.comment], [71.5, 'Luku kyselystä']);
  });

  it('api: records figures; a unit manager may not (403)', async () => {
    const units = test.demo.unitIds as Record<string, string>;
    const manager = await createUnitPerson(test, 'csv-johtaja', 'unit_manager', units['education-and-culture']!);
    const body = { csv: `indicator_id,round_id,actual\n${ids.indicatorIds[2]},${ids.roundId},3` };
    assert.equal((await manager.client.api('POST', `/api/v1/goals/processes/${processId}/actuals/csv`, body)).status, 403);
    const answer = await admin.api('POST', `/api/v1/goals/processes/${processId}/actuals/csv`, body);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.json(), { recorded: 1 });
    assert.equal((await actualOf(ids.indicatorIds[2]!))?.value, 3);
  });

  it('page: the rendered form uploads a CSV file (multipart): every wrong line named at once, then the file recorded', async () => {
    const page = await admin.get(`/fi/admin/goals/processes/${processId}`);
    const form = postForms(page.text).find((candidate) => actionPath(candidate) === `/fi/admin/goals/processes/${processId}/actuals/csv`);
    assert.ok(form, 'the process page has the figures’ form');
    assert.equal(form.getAttribute('enctype'), 'multipart/form-data');
    assert.ok(form.querySelector('input[type=file][name=file]'));
    const csrf = currentValues(form, '_csrf')[0] ?? '';
    const post = (fields: Array<[string, string] | [string, string, string]>) => {
      const { body, type } = multipart([['_csrf', csrf], ...fields]);
      return admin.request('POST', `/fi/admin/goals/processes/${processId}/actuals/csv`, { body, headers: { 'content-type': type } });
    };
    const wrong = [
      'indicator_id;round_id;actual;comment',
      `tuntematon;${ids.roundId};5;`,
      `${ids.indicatorIds[3]};${ids.roundId};12,5;Hyvä`,
      `${ids.indicatorIds[4]};${ids.roundId};paljon;`,
      `${ids.indicatorIds[5]};${ids.roundId};ei tiedossa;`,
    ].join('\n');
    const refused = await post([
      ['file', wrong, 'toteumat.csv'],
      ['csv', ''],
    ]);
    assert.equal(refused.status, 422);
    assert.match(
      refused.text,
      /3 riviä on virheellisiä, eikä mitään kirjattu\. Rivi 2: mittaria ei ole prosessissa\. Rivit 4, 5: toteuma ei ole luku/,
    );
    assert.notEqual((await actualOf(ids.indicatorIds[3]!))?.value, 12.5);
    const tooLarge = await post([['file', `indicator_id;round_id;actual\n${'x;y;1\n'.repeat(110_000)}`, 'suuri.csv']]);
    assert.equal(tooLarge.status, 422);
    assert.match(tooLarge.text, /Tiedosto on liian suuri/);
    const empty = await post([
      ['file', '', ''],
      ['csv', '  '],
    ]);
    assert.equal(empty.status, 422);
    assert.match(empty.text, /Liitä toteumat CSV-muodossa\./);
    const good = `\uFEFFindicator_id;round_id;actual;comment\n${ids.indicatorIds[3]};${ids.roundId};12,5;Tiedostosta\n`;
    const done = await post([
      ['file', good, 'toteumat.csv'],
      ['csv', 'ei käytetä, kun tiedosto on valittu'],
    ]);
    assert.equal(done.status, 303);
    const recorded = await actualOf(ids.indicatorIds[3]!);
    assert.deepEqual([recorded?.value, recorded?.comment], [12.5, 'Tiedostosta']);
  });

  it('api: a file as base64 in the JSON body; one that is not UTF-8 answers 422 at `file`', async () => {
    const csv = `indicator_id,round_id,actual\n${ids.indicatorIds[4]},${ids.roundId},44`;
    const answer = await admin.api('POST', `/api/v1/goals/processes/${processId}/actuals/csv`, {
      file: Buffer.from(csv).toString('base64'),
    });
    assert.equal(answer.status, 200);
    assert.equal((await actualOf(ids.indicatorIds[4]!))?.value, 44);
    const latin1 = await admin.api('POST', `/api/v1/goals/processes/${processId}/actuals/csv`, {
      file: Buffer.from([0x61, 0xe4, 0xff, 0x0a]).toString('base64'),
    });
    assert.equal(latin1.status, 422);
    assert.deepEqual(
      latin1.json<{ errors: Array<{ field: string; code: string }> }>().errors.map((error) => [error.field, error.code]),
      [['file', 'csvFileUnreadable']],
    );
  });
});
