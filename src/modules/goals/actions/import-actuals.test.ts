import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import type { GoalsDemoState } from '../seed-demo.ts';
import { createUnitPerson } from '../test-support/people.ts';

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
});
