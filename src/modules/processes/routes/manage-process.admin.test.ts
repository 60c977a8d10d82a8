import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

const ADMIN = '/fi/admin/processes';

describe('managing a process through the admin forms', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId = '';
  const anonymous = () => test.client({ 'accept-language': 'fi' });

  async function phaseIds(): Promise<string[]> {
    const rows = await test.context.db
      .selectFrom('process_phases')
      .select('id')
      .where('process_id', '=', processId)
      .orderBy('position')
      .execute();
    return rows.map((row) => row.id);
  }

  async function bodyId(name: string): Promise<string> {
    const rows = await test.context.db.selectFrom('process_bodies').select(['id', 'name']).where('process_id', '=', processId).execute();
    const row = rows.find((candidate) => JSON.parse(candidate.name).fi === name);
    assert.ok(row, `no body ${name}`);
    return row.id;
  }

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('lists processes with their visibility and offers a new one', async () => {
    const list = await admin.get(ADMIN);
    assert.equal(list.status, 200);
    assert.match(list.text, /<h1>Strategiaprosessit<\/h1>/);
    assert.match(list.text, /href="\/fi\/admin\/processes\/new"/);
    assert.match(list.text, /class="tag tag--(public|draft|internal)"/);
    assert.equal((await admin.get(`${ADMIN}/new`)).status, 200);
  });

  it('creates a draft that the public API does not show yet', async () => {
    const created = await admin.postForm(`${ADMIN}/new`, {
      slug: 'kylan-tarina',
      'title.fi': 'Kylän tarina',
      'title.sv': 'Byns berättelse',
      'summary.fi': 'Kylä kirjoittaa strategiansa tarinaksi.',
      'story.fi': '## Alku\n\nKaikki mukaan.',
      heroImageUrl: 'https://kuvat.example/kyla.jpg',
      'heroImageAlt.fi': 'Kylän tori kesällä',
      heroVideoUrl: 'https://www.youtube.com/watch?v=abc123',
    });
    assert.equal(created.status, 303);
    const match = /^\/fi\/admin\/processes\/([0-9a-f-]{36})$/.exec(created.location ?? '');
    assert.ok(match?.[1], `unexpected location ${created.location}`);
    processId = match[1];
    const edit = await admin.get(`${ADMIN}/${processId}`);
    assert.equal(edit.status, 200);
    assert.match(edit.text, /Prosessi on luotu luonnoksena/);
    assert.match(edit.text, /value="kylan-tarina"/);
    assert.match(edit.text, /class="tag tag--draft">Luonnos</);
    assert.equal((await anonymous().get('/api/v1/processes/kylan-tarina')).status, 404);
  });

  it('adds three phases, shown in order with their dates', async () => {
    const phases = [
      ['Käynnistys', '2030-01-07', '2030-01-31'],
      ['Äänet kuuluviin', '2030-02-01', '2030-03-31'],
      ['Päätös', '2030-04-01', '2030-06-15'],
    ] as const;
    for (const [title, startsOn, endsOn] of phases) {
      const response = await admin.postForm(`${ADMIN}/${processId}/phases/new`, { 'title.fi': title, startsOn, endsOn });
      assert.equal(response.status, 303);
      assert.equal(response.location, `${ADMIN}/${processId}/phases`);
    }
    const list = await admin.get(`${ADMIN}/${processId}/phases`);
    assert.equal(list.status, 200);
    const order = ['Käynnistys', 'Äänet kuuluviin', 'Päätös'].map((title) => list.text.indexOf(`<th scope="row">${title}</th>`));
    assert.ok(order.every((index) => index > 0));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    assert.match(list.text, /7\.1\.2030/);
  });

  it('moves a phase down and up again', async () => {
    const [first, second, third] = await phaseIds();
    assert.equal((await admin.postForm(`${ADMIN}/${processId}/phases/${first}/move`, { direction: 'down' })).status, 303);
    assert.deepEqual(await phaseIds(), [second, first, third]);
    assert.equal((await admin.postForm(`${ADMIN}/${processId}/phases/${first}/move`, { direction: 'up' })).status, 303);
    assert.deepEqual(await phaseIds(), [first, second, third]);
  });

  it('edits a phase and keeps its place', async () => {
    const [, second] = await phaseIds();
    const response = await admin.postForm(`${ADMIN}/${processId}/phases/${second}`, {
      'title.fi': 'Äänet kuuluviin',
      'title.en': 'Gathering voices',
      'description.fi': 'Kyselyt ja työpajat.',
      startsOn: '2030-02-01',
      endsOn: '2030-03-15',
    });
    assert.equal(response.status, 303);
    const row = await test.context.db
      .selectFrom('process_phases')
      .selectAll()
      .where('id', '=', second as string)
      .executeTakeFirstOrThrow();
    assert.equal(row.ends_on, '2030-03-15');
    assert.deepEqual(JSON.parse(row.title), { fi: 'Äänet kuuluviin', en: 'Gathering voices' });
    assert.equal((await phaseIds())[1], second);
  });

  it('adds bodies with a parent, members and a sector', async () => {
    const board = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, { kind: 'board', 'name.fi': 'Kunnanhallitus' });
    assert.equal(board.status, 303);
    const boardId = await bodyId('Kunnanhallitus');
    assert.equal(board.location, `${ADMIN}/${processId}/bodies/${boardId}`);
    const panel = await admin.postForm(`${ADMIN}/${processId}/bodies/new`, {
      kind: 'stakeholder_panel',
      'name.fi': 'Kyläviisaat',
      'description.fi': 'Sidosryhmien edustajat.',
      parentId: boardId,
    });
    assert.equal(panel.status, 303);
    const panelId = await bodyId('Kyläviisaat');
    const sector = await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/sectors/new`, { key: 'matkailu', 'name.fi': 'Matkailu' });
    assert.equal(sector.status, 303);
    const sectorRow = await test.context.db
      .selectFrom('body_sectors')
      .select('id')
      .where('body_id', '=', panelId)
      .executeTakeFirstOrThrow();
    const member = await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/members/new`, {
      'positionTitle.fi': 'Matkailuyrittäjä',
      'responsibility.fi': 'Tuo matkailun näkökulman.',
      sectorId: sectorRow.id,
    });
    assert.equal(member.status, 303);
    const page = await admin.get(`${ADMIN}/${processId}/bodies/${panelId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<th scope="row">Matkailuyrittäjä<\/th>/);
    assert.match(page.text, /<td>Matkailu<\/td>/);
    const list = await admin.get(`${ADMIN}/${processId}/bodies`);
    assert.match(list.text, /Kyläviisaat<\/a><\/th><td>Sidosryhmäpaneeli<\/td><td>Kunnanhallitus<\/td><td>1<\/td>/);
  });

  it('edits a member and removes a sector without losing the member', async () => {
    const panelId = await bodyId('Kyläviisaat');
    const memberRow = await test.context.db.selectFrom('body_members').selectAll().where('body_id', '=', panelId).executeTakeFirstOrThrow();
    const edited = await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/members/${memberRow.id}`, {
      'positionTitle.fi': 'Matkailun edustaja',
      sectorId: memberRow.sector_id ?? '',
    });
    assert.equal(edited.status, 303);
    const confirm = await admin.get(`${ADMIN}/${processId}/bodies/${panelId}/sectors/${memberRow.sector_id}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Haluatko varmasti poistaa sektorin Matkailu\?/);
    const removed = await admin.postForm(`${ADMIN}/${processId}/bodies/${panelId}/sectors/${memberRow.sector_id}/delete`, {
      confirm: 'yes',
    });
    assert.equal(removed.status, 303);
    const after = await test.context.db.selectFrom('body_members').selectAll().where('id', '=', memberRow.id).executeTakeFirstOrThrow();
    assert.equal(after.sector_id, null);
    assert.equal(JSON.parse(after.position_title).fi, 'Matkailun edustaja');
  });

  it('adds a timeline item with its phase and audience bodies, then edits and deletes it', async () => {
    const [firstPhase] = await phaseIds();
    const boardId = await bodyId('Kunnanhallitus');
    const panelId = await bodyId('Kyläviisaat');
    const form = await admin.get(`${ADMIN}/${processId}/timeline/new`);
    assert.match(form.text, /type="checkbox" id="field-audienceBodyIds-[^"]+" name="audienceBodyIds\[\]"/);
    const created = await admin.postForm(`${ADMIN}/${processId}/timeline/new`, {
      'title.fi': 'Tulevaisuustyöpaja',
      kind: 'workshop',
      startsOn: '2030-01-15',
      startTime: '17:00',
      endTime: '20:00',
      datePrecision: 'day',
      phaseId: firstPhase as string,
      'audienceBodyIds[]': [boardId, panelId],
    });
    assert.equal(created.status, 303);
    const item = await test.context.db
      .selectFrom('timeline_items')
      .selectAll()
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    assert.equal(item.phase_id, firstPhase);
    const audience = await test.context.db
      .selectFrom('timeline_item_audiences')
      .select('body_id')
      .where('timeline_item_id', '=', item.id)
      .execute();
    assert.deepEqual(audience.map((row) => row.body_id).sort(), [boardId, panelId].sort());
    const list = await admin.get(`${ADMIN}/${processId}/timeline`);
    assert.match(list.text, /15\.1\.2030 klo 17:00/);
    assert.match(list.text, /<li>Kyläviisaat<\/li>/);

    const edited = await admin.postForm(`${ADMIN}/${processId}/timeline/${item.id}`, {
      'title.fi': 'Tulevaisuustyöpaja',
      kind: 'workshop',
      startsOn: '2030-09-01',
      datePrecision: 'season',
      'audienceBodyIds[]': [panelId],
    });
    assert.equal(edited.status, 303);
    const afterEdit = await test.context.db
      .selectFrom('timeline_item_audiences')
      .select('body_id')
      .where('timeline_item_id', '=', item.id)
      .execute();
    assert.deepEqual(
      afterEdit.map((row) => row.body_id),
      [panelId],
    );
    assert.match((await admin.get(`${ADMIN}/${processId}/timeline`)).text, /syksy 2030/);

    assert.equal((await admin.postForm(`${ADMIN}/${processId}/timeline/${item.id}/delete`, { confirm: 'yes' })).status, 303);
    assert.equal((await admin.get(`${ADMIN}/${processId}/timeline/${item.id}`)).status, 404);
  });

  it('publishes the process, and the public API then shows it', async () => {
    const published = await admin.postForm(`${ADMIN}/${processId}/visibility`, { visibility: 'public' });
    assert.equal(published.status, 303);
    const api = await anonymous().get('/api/v1/processes/kylan-tarina');
    assert.equal(api.status, 200);
    const body = api.json<{ slug: string; title: { fi: string } }>();
    assert.equal(body.slug, 'kylan-tarina');
    assert.equal(body.title.fi, 'Kylän tarina');
    const row = await test.context.db.selectFrom('processes').selectAll().where('id', '=', processId).executeTakeFirstOrThrow();
    assert.equal(row.visibility, 'public');
    assert.ok(row.published_at);
    const list = await admin.get(ADMIN);
    assert.match(list.text, /Kylän tarina<\/a><\/th><td>kylan-tarina<\/td><td><span class="tag tag--public">Julkinen<\/span>/);
  });

  it('records every change in the audit log', async () => {
    const rows = await test.context.db.selectFrom('audit_log').select('action').where('action', 'like', 'processes.%').execute();
    const actions = new Set(rows.map((row) => row.action));
    for (const action of [
      'processes.process.create',
      'processes.phase.create',
      'processes.phase.move',
      'processes.phase.update',
      'processes.body.create',
      'processes.sector.add',
      'processes.member.add',
      'processes.member.update',
      'processes.sector.remove',
      'processes.timeline.create',
      'processes.timeline.update',
      'processes.timeline.delete',
      'processes.process.visibility',
    ]) {
      assert.ok(actions.has(action), `no audit entry ${action}`);
    }
  });

  it('deletes a phase and a body only after confirmation', async () => {
    const [, , third] = await phaseIds();
    const confirm = await admin.get(`${ADMIN}/${processId}/phases/${third}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /name="confirm" value="yes"/);
    const unconfirmed = await admin.postForm(`${ADMIN}/${processId}/phases/${third}/delete`, {});
    assert.equal(unconfirmed.status, 303);
    assert.equal((await phaseIds()).length, 3);
    assert.equal((await admin.postForm(`${ADMIN}/${processId}/phases/${third}/delete`, { confirm: 'yes' })).status, 303);
    assert.equal((await phaseIds()).length, 2);

    const boardId = await bodyId('Kunnanhallitus');
    assert.equal((await admin.postForm(`${ADMIN}/${processId}/bodies/${boardId}/delete`, { confirm: 'yes' })).status, 303);
    const panel = await test.context.db
      .selectFrom('process_bodies')
      .selectAll()
      .where('process_id', '=', processId)
      .executeTakeFirstOrThrow();
    assert.equal(panel.parent_id, null);
  });

  it('deletes the whole process after confirmation', async () => {
    const confirm = await admin.get(`${ADMIN}/${processId}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Haluatko varmasti poistaa prosessin Kylän tarina\?/);
    const deleted = await admin.postForm(`${ADMIN}/${processId}/delete`, { confirm: 'yes' });
    assert.equal(deleted.status, 303);
    assert.equal(deleted.location, ADMIN);
    assert.equal((await admin.get(`${ADMIN}/${processId}`)).status, 404);
    const phases = await test.context.db.selectFrom('process_phases').select('id').where('process_id', '=', processId).execute();
    assert.equal(phases.length, 0);
  });
});
