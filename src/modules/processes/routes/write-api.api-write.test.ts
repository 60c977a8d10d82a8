import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { createProcess } from '../commands/create-process.ts';
import { processSchema } from '../schemas.ts';

const API = '/api/v1/processes';

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: Array<{ field: string; code: string; message: string }>;
}

describe('the write API of processes', () => {
  let test: TestApp;
  let admin: TestClient;

  const fields = (response: { json<T>(): T }) => (response.json<Problem>().errors ?? []).map((error) => error.field);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const created = await admin.api('POST', API, {
      slug: 'api-tarina',
      title: { fi: 'API-tarina', en: 'API story' },
      summary: { fi: 'Alku' },
    });
    assert.equal(created.status, 201);
  });
  after(() => test.close());

  it('creates a process as a draft and answers 201 with it', async () => {
    const response = await admin.api('POST', API, { slug: 'toinen-api', title: { fi: 'Toinen' }, story: { fi: '## Tarina' } });
    assert.equal(response.status, 201);
    const body = response.json<{ id: string; slug: string; visibility: string; story: { fi: string }; publishedAt: string | null }>();
    assert.equal(body.slug, 'toinen-api');
    assert.equal(body.visibility, 'draft');
    assert.equal(body.publishedAt, null);
    assert.equal(body.story.fi, '## Tarina');
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', body.id).execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      ['processes.process.create'],
    );
  });

  it('answers 422 with field errors in the caller’s language', async () => {
    const response = await test.client({ 'accept-language': 'en' });
    await response.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const bad = await response.api('POST', API, { slug: 'X!', title: { fi: 'a'.repeat(201) }, heroVideoUrl: 'https://evil.example/v' });
    assert.equal(bad.status, 422);
    assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.deepEqual(fields(bad).sort(), ['heroVideoUrl', 'slug', 'title.fi']);
    assert.ok(bad.json<Problem>().errors?.some((error) => error.message === 'Write at most 200 characters.'));
    const typed = await admin.api('POST', API, { slug: 'tyypit', title: 42 });
    assert.equal(typed.status, 422);
    assert.deepEqual(fields(typed), ['title']);
  });

  it('answers 409 for a slug the organisation already has', async () => {
    const response = await admin.api('POST', API, { slug: 'api-tarina', title: { fi: 'Kaksoiskappale' } });
    assert.equal(response.status, 409);
    assert.equal(response.json<Problem>().type, 'urn:tarina:problem:conflict');
    assert.deepEqual(fields(response), ['slug']);
    const rename = await admin.api('PATCH', `${API}/toinen-api`, { slug: 'api-tarina' });
    assert.equal(rename.status, 409);
  });

  it('patches only the fields given and publishes through visibility', async () => {
    const patched = await admin.api('PATCH', `${API}/api-tarina`, { title: { fi: 'Uusi nimi' }, visibility: 'public' });
    assert.equal(patched.status, 200);
    const body = patched.json<{ title: { fi: string }; summary: { fi: string }; visibility: string; publishedAt: string | null }>();
    assert.equal(body.title.fi, 'Uusi nimi');
    assert.equal(body.summary.fi, 'Alku');
    assert.equal(body.visibility, 'public');
    assert.ok(body.publishedAt);
    const read = await test.client().get(`${API}/api-tarina`);
    assert.equal(read.status, 200);
  });

  it('keeps what is saved when a patch is invalid', async () => {
    const response = await admin.api('PATCH', `${API}/api-tarina`, { title: { fi: '' }, heroImageUrl: 'javascript:alert(1)' });
    assert.equal(response.status, 422);
    assert.deepEqual(fields(response).sort(), ['heroImageUrl', 'title.fi']);
    const row = await test.context.db.selectFrom('processes').selectAll().where('slug', '=', 'api-tarina').executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.title).fi, 'Uusi nimi');
    assert.equal(row.hero_image_url, null);
  });

  it('adds, changes and deletes phases, checking the dates after the patch', async () => {
    const created = await admin.api('POST', `${API}/api-tarina/phases`, {
      title: { fi: 'Käynnistys' },
      startsOn: '2030-01-01',
      endsOn: '2030-01-31',
    });
    assert.equal(created.status, 201);
    const phase = created.json<{ id: string; position: number; endsOn: string }>();
    assert.equal(phase.position, 0);
    const reversed = await admin.api('PATCH', `${API}/api-tarina/phases/${phase.id}`, { endsOn: '2029-12-31' });
    assert.equal(reversed.status, 422);
    assert.deepEqual(fields(reversed), ['endsOn']);
    const impossible = await admin.api('POST', `${API}/api-tarina/phases`, {
      title: { fi: 'X' },
      startsOn: '2030-02-29',
      endsOn: '2030-03-01',
    });
    assert.equal(impossible.status, 422);
    const moved = await admin.api('PATCH', `${API}/api-tarina/phases/${phase.id}`, { endsOn: '2030-02-15' });
    assert.equal(moved.status, 200);
    assert.equal(moved.json<{ endsOn: string }>().endsOn, '2030-02-15');
    assert.equal((await admin.api('DELETE', `${API}/api-tarina/phases/${phase.id}`)).status, 204);
    assert.equal((await admin.api('PATCH', `${API}/api-tarina/phases/${phase.id}`, { endsOn: '2030-02-16' })).status, 404);
  });

  it('adds bodies with members and sectors, and a timeline item for them', async () => {
    const panel = await admin.api('POST', `${API}/api-tarina/bodies`, { kind: 'stakeholder_panel', name: { fi: 'Paneeli' } });
    assert.equal(panel.status, 201);
    const panelId = panel.json<{ id: string }>().id;
    const sector = await admin.api('POST', `${API}/api-tarina/bodies/${panelId}/sectors`, { key: 'kulttuuri', name: { fi: 'Kulttuuri' } });
    assert.equal(sector.status, 201);
    const sectorId = sector.json<{ id: string }>().id;
    assert.equal(
      (await admin.api('POST', `${API}/api-tarina/bodies/${panelId}/sectors`, { key: 'kulttuuri', name: { fi: 'K' } })).status,
      409,
    );
    const member = await admin.api('POST', `${API}/api-tarina/bodies/${panelId}/members`, {
      positionTitle: { fi: 'Teatterinjohtaja' },
      sectorId,
    });
    assert.equal(member.status, 201);
    const memberBody = member.json<{ id: string; sectorId: string }>();
    assert.equal(memberBody.sectorId, sectorId);
    const changed = await admin.api('PATCH', `${API}/api-tarina/bodies/${panelId}/members/${memberBody.id}`, {
      responsibility: { fi: 'Kulttuuri' },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.json<{ positionTitle: { fi: string } }>().positionTitle.fi, 'Teatterinjohtaja');

    const item = await admin.api('POST', `${API}/api-tarina/timeline`, {
      title: { fi: 'Paneelin työpaja' },
      kind: 'workshop',
      startsOn: '2030-03-05',
      startTime: '16:00',
      audienceBodyIds: [panelId, panelId],
    });
    assert.equal(item.status, 201);
    const itemBody = item.json<{ id: string; audienceBodyIds: string[]; datePrecision: string }>();
    assert.deepEqual(itemBody.audienceBodyIds, [panelId]);
    assert.equal(itemBody.datePrecision, 'day');
    const renamed = await admin.api('PATCH', `${API}/api-tarina/timeline/${itemBody.id}`, { title: { fi: 'Työpaja' } });
    assert.deepEqual(renamed.json<{ audienceBodyIds: string[] }>().audienceBodyIds, [panelId]);

    assert.equal((await admin.api('DELETE', `${API}/api-tarina/bodies/${panelId}/members/${memberBody.id}`)).status, 204);
    assert.equal((await admin.api('DELETE', `${API}/api-tarina/bodies/${panelId}/members/${memberBody.id}`)).status, 404);
    assert.equal((await admin.api('DELETE', `${API}/api-tarina/bodies/${panelId}`)).status, 204);
    const audience = await test.context.db
      .selectFrom('timeline_item_audiences')
      .select('body_id')
      .where('timeline_item_id', '=', itemBody.id)
      .execute();
    assert.equal(audience.length, 0);
    assert.equal((await admin.api('DELETE', `${API}/api-tarina/timeline/${itemBody.id}`)).status, 204);
  });

  it('refuses an audience body or member of another process', async () => {
    const demoBody = await test.context.db
      .selectFrom('process_bodies')
      .select('id')
      .where('process_id', '=', String(test.demo.processId))
      .executeTakeFirstOrThrow();
    const item = await admin.api('POST', `${API}/api-tarina/timeline`, {
      title: { fi: 'X' },
      kind: 'meeting',
      startsOn: '2030-03-05',
      audienceBodyIds: [demoBody.id],
    });
    assert.equal(item.status, 422);
    assert.deepEqual(fields(item), ['audienceBodyIds']);
    const member = await admin.api('POST', `${API}/api-tarina/bodies/${demoBody.id}/members`, { positionTitle: { fi: 'X' } });
    assert.equal(member.status, 404);
  });

  it('answers 404 for an unknown slug and another organisation’s process', async () => {
    const other = await createOrganisation(
      test.context.db,
      { slug: 'toinen-kunta', name: { fi: 'Toinen kunta' }, hosts: ['toinen.example'] },
      new Date(),
    );
    const actor = { organisationId: other, userId: null, grants: [] };
    await createProcess(
      test.context.db,
      actor,
      processSchema.parse({ slug: 'vieras-api', title: { fi: 'Vieras' }, visibility: 'public' }),
      new Date(),
    );
    for (const [method, path, body] of [
      ['PATCH', `${API}/vieras-api`, { title: { fi: 'Kaapattu' } }],
      ['DELETE', `${API}/vieras-api`, undefined],
      ['POST', `${API}/vieras-api/phases`, { title: { fi: 'X' }, startsOn: '2030-01-01', endsOn: '2030-01-02' }],
      ['PATCH', `${API}/ei-ole/phases/x`, { title: { fi: 'X' } }],
    ] as const) {
      const response = await admin.api(method, path, body);
      assert.equal(response.status, 404, `${method} ${path}`);
    }
    const row = await test.context.db.selectFrom('processes').selectAll().where('slug', '=', 'vieras-api').executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.title).fi, 'Vieras');
  });

  it('lets a process manager write but not delete, and refuses a resident', async () => {
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.api('PATCH', `${API}/toinen-api`, { summary: { fi: 'Päällikkö muokkasi' } })).status, 200);
    const deletion = await manager.api('DELETE', `${API}/api-tarina`);
    assert.equal(deletion.status, 403);
    assert.equal(deletion.json<Problem>().type, 'urn:tarina:problem:forbidden');
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.api('PATCH', `${API}/api-tarina`, { title: { fi: 'X' } })).status, 403);
  });

  it('refuses writes without a session, without the CSRF header, and bodies over the size limit', async () => {
    const visitor = test.client();
    const anonymous = await visitor.api('POST', API, { slug: 'anonyymi', title: { fi: 'Anonyymi' } });
    assert.equal(anonymous.status, 401);
    const noCsrf = await admin.request('POST', API, {
      body: JSON.stringify({ slug: 'ilman-csrf', title: { fi: 'X' } }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(noCsrf.status, 403);
    const huge = await admin.request('POST', API, {
      body: JSON.stringify({ slug: 'iso', title: { fi: 'x'.repeat(10 * 1024 * 1024) } }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': await admin.csrfToken() },
    });
    assert.equal(huge.status, 413);
    const saved = await test.context.db
      .selectFrom('processes')
      .select('slug')
      .where('slug', 'in', ['anonyymi', 'ilman-csrf', 'iso'])
      .execute();
    assert.deepEqual(saved, []);
  });

  it('deletes a process as an admin', async () => {
    assert.equal((await admin.api('DELETE', `${API}/toinen-api`)).status, 204);
    assert.equal((await admin.api('PATCH', `${API}/toinen-api`, { title: { fi: 'X' } })).status, 404);
  });

  it('documents the write routes in OpenAPI', async () => {
    const document = (await test.client().get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    assert.ok(document.paths['/api/v1/processes']?.post);
    assert.ok(document.paths['/api/v1/processes/{slug}']?.patch);
    assert.ok(document.paths['/api/v1/processes/{slug}/bodies/{id}/members/{memberId}']?.delete);
    assert.ok(document.paths['/api/v1/processes/{slug}/timeline/{id}']?.patch);
  });

  it('documents the 409 a rename to a taken slug answers', async () => {
    type Operation = { responses?: Record<string, unknown> };
    const document = (await test.client().get('/api/v1/openapi.json')).json<{ paths: Record<string, Record<string, Operation>> }>();
    assert.ok(document.paths['/api/v1/processes']?.post?.responses?.['409']);
    assert.ok(document.paths['/api/v1/processes/{slug}']?.patch?.responses?.['409']);
  });
});
