import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAccount } from '../../demo/demo-accounts.ts';
import { raumaUnits } from '../../demo/rauma-2013.ts';
import { liveState } from '../../demo/rauma-live.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';

interface Detail {
  status: string;
  joinCode: string | null;
  prompts: Array<{
    text: { fi: string };
    stage: string;
    walls: Array<{
      groupName: string;
      clusters: Array<{ name: string; votes: number; notes: Array<{ text: string; duplicates: unknown[] }> }>;
      notes: Array<{ votes: number }>;
    }>;
  }>;
}

describe('workshops demo: the RAUMAVIISAAT future workshop of 8 March 2013', () => {
  let test: TestApp;
  let workshopId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    workshopId = (test.demo.workshopIds as Record<string, string>)['raumaviisaat-future-workshop'] ?? '';
  });
  after(() => test.close());

  it('answers /api/v1/workshops/{id} without signing in: three prompts, two tables, clusters and dots', async () => {
    const response = await test.client().api('GET', `/api/v1/workshops/${workshopId}`);
    assert.equal(response.status, 200, response.text);
    const detail = response.json<Detail>();
    assert.equal(detail.status, 'closed');
    assert.equal(detail.joinCode, null, 'a visitor does not see the join code');
    assert.deepEqual(
      detail.prompts.map((prompt) => prompt.text.fi),
      ['Rauma eilen, tänään ja tulevaisuudessa', 'Ajan ilmiöt ja mahdollisuudet', 'Tarinan keskeiset tekijät'],
    );
    const first = detail.prompts[0]!;
    assert.equal(first.walls.length, 2);
    assert.equal(first.walls[0]!.groupName, 'Pöytä 1');
    const sea = first.walls[0]!.clusters.find((cluster) => cluster.name === 'Meri ja satama');
    assert.equal(sea?.votes, 12);
    const oldRauma = first.walls[0]!.clusters.find((cluster) => cluster.name === 'Vanha Rauma ja pitsi');
    assert.equal(oldRauma?.notes[0]?.duplicates.length, 1, 'the duplicate is merged under its original');
  });

  it('lists the process’s workshops with public results', async () => {
    const response = await test.client().api('GET', `/api/v1/processes/${test.demo.processSlug}/workshops`);
    assert.equal(response.status, 200);
    const items = response.json<{ items: Array<{ id: string }> }>().items;
    assert.deepEqual(
      items.map((item) => item.id),
      [workshopId],
    );
  });

  it('records every note as a contribution with its prompt, group, cluster and dots', async () => {
    const rows = await test.context.db
      .selectFrom('contributions')
      .selectAll()
      .where('channel', '=', 'workshop')
      .where('process_id', '=', test.demo.processId!)
      .execute();
    assert.equal(rows.length, 32);
    const sea = rows.find((row) => row.text.startsWith('Satama on ollut'));
    const metadata = JSON.parse(sea?.metadata ?? '{}');
    assert.equal(metadata.cluster, 'Meri ja satama');
    assert.equal(metadata.group, 'Pöytä 1');
    assert.equal(metadata.clusterVotes, 12);
    assert.equal(metadata.prompt, 'Rauma eilen, tänään ja tulevaisuudessa');
  });

  it('shows the results page and the printable summary in Finnish and Swedish', async () => {
    const page = await test.client().get(`/fi/workshops/${workshopId}/results`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Meri ja satama/);
    assert.match(page.text, /Pisteitä: 12/);
    const summary = await test.client().get(`/sv/workshops/${workshopId}/summary`);
    assert.equal(summary.status, 200);
    assert.match(summary.text, /Sammanfattning/);
    const list = await test.client().get(`/fi/processes/${test.demo.processSlug}/workshops`);
    assert.match(list.text, /RAUMAVIISAAT-tulevaisuustyöpaja/);
  });
});

describe('workshops demo: a management workshop for each unit’s staff in the live round', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('has one per top-level unit, titled in three languages, open to the unit’s staff only', async () => {
    const workshopIds = test.demo.unitWorkshopIds as Record<string, string>;
    const unitIds = test.demo.unitIds as Record<string, string>;
    assert.deepEqual(Object.keys(workshopIds).sort(), raumaUnits.map((unit) => unit.key).sort());
    for (const unit of raumaUnits) {
      const row = await test.context.db
        .selectFrom('workshops')
        .select(['process_id', 'access', 'audience_ids', 'title', 'status'])
        .where('id', '=', workshopIds[unit.key]!)
        .executeTakeFirstOrThrow();
      assert.equal(row.process_id, liveState(test.demo).processId, unit.key);
      assert.equal(row.access, 'units');
      assert.deepEqual(JSON.parse(row.audience_ids), [unitIds[unit.key]]);
      const title = JSON.parse(row.title) as Record<string, string>;
      assert.ok(title.fi && title.sv && title.en, `${unit.key} is titled in fi, sv and en`);
    }
    const education = await test.context.db
      .selectFrom('workshops')
      .select(['title', 'join_code'])
      .where('id', '=', workshopIds['education-and-culture']!)
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(education.title).fi, 'Sivistystoimen johdon työpaja');
    const planning = await test.context.db
      .selectFrom('workshops')
      .select('join_code')
      .where('id', '=', workshopIds['environment-and-planning']!)
      .executeTakeFirstOrThrow();
    const staff = demoAccount('staff-education');
    const client = test.client();
    await client.signIn(staff.email, staff.password);
    const joined = await client.api('POST', '/api/v1/workshops/join', { code: education.join_code });
    assert.equal(joined.status, 200, joined.text);
    const refused = await client.api('POST', '/api/v1/workshops/join', { code: planning.join_code });
    assert.equal(refused.status, 403, refused.text);
  });
});
