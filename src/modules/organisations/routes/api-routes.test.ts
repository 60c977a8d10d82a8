import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

interface UnitJson {
  id: string;
  parentId: string | null;
  kind: string;
  name: { fi: string; sv?: string; en?: string };
  headcount: number;
  position: number;
  children: UnitJson[];
}

interface Problem {
  status: number;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

describe('organisations API (/api/v1/organisation, /units, /audit)', () => {
  let test: TestApp;
  let admin: TestClient;
  let resident: TestClient;
  const unitRows = () =>
    test.context.db.selectFrom('units').selectAll().where('organisation_id', '=', test.demo.organisationId!).orderBy('id').execute();

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
  });
  after(() => test.close());

  it('GET /organisation answers anyone with name, logo, colour and languages', async () => {
    const response = await test.client().get('/api/v1/organisation');
    assert.equal(response.status, 200);
    assert.deepEqual(response.json(), {
      slug: 'rauma',
      name: { fi: 'Rauman kaupunki', sv: 'Raumo stad', en: 'City of Rauma' },
      logoUrl: null,
      accentColor: null,
      allowSignUp: true,
      locales: ['fi', 'sv', 'en'],
    });
  });

  it('PATCH /organisation changes only the fields sent and refuses a low-contrast colour with its ratio', async () => {
    const saved = await admin.api('PATCH', '/api/v1/organisation', { accentColor: '#1A5FB4' });
    assert.equal(saved.status, 200);
    assert.equal(saved.json<{ accentColor: string }>().accentColor, '#1a5fb4');
    assert.equal(saved.json<{ name: { fi: string } }>().name.fi, 'Rauman kaupunki');
    assert.match((await test.client().get('/branding.css')).text, /--color-accent:#1a5fb4;/);
    const refused = await admin.request('PATCH', '/api/v1/organisation', {
      body: JSON.stringify({ accentColor: '#ffff00', name: { fi: 'Ei tallennu' } }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': await admin.csrfToken(), 'accept-language': 'en' },
    });
    assert.equal(refused.status, 422);
    const problem = refused.json<Problem>();
    assert.equal(problem.errors?.[0]?.field, 'accentColor');
    assert.match(problem.errors?.[0]?.message ?? '', /1\.07:1/);
    const after = (await test.client().get('/api/v1/organisation')).json<{ accentColor: string; name: { fi: string } }>();
    assert.equal(after.accentColor, '#1a5fb4');
    assert.equal(after.name.fi, 'Rauman kaupunki');
  });

  it('PATCH /organisation refuses bad input with 422 problems and wrong callers with 401/403', async () => {
    const bad: unknown[] = [
      { name: { fi: 'x'.repeat(121) } },
      { logoUrl: 'http://example.com/logo.png' },
      { accentColor: 'blue' },
      { allowSignUp: 'yes' },
      { name: 'Rauma' },
    ];
    for (const body of bad) {
      const response = await admin.api('PATCH', '/api/v1/organisation', body);
      assert.equal(response.status, 422, JSON.stringify(body));
      assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    }
    assert.equal((await test.client().api('PATCH', '/api/v1/organisation', { allowSignUp: false })).status, 401);
    assert.equal((await resident.api('PATCH', '/api/v1/organisation', { allowSignUp: false })).status, 403);
    assert.equal((await test.client().get('/api/v1/organisation')).json<{ allowSignUp: boolean }>().allowSignUp, true);
  });

  it('GET /units answers anyone with the tree', async () => {
    const response = await test.client().get('/api/v1/units');
    assert.equal(response.status, 200);
    const { items, nextCursor } = response.json<{ items: UnitJson[]; nextCursor: null }>();
    assert.equal(nextCursor, null);
    assert.equal(items.length, 6);
    assert.equal(items[0]?.name.fi, 'Konsernipalvelut');
    assert.deepEqual(
      items[0]?.children.map((child) => [child.name.fi, child.headcount, child.kind]),
      [
        ['Hallinto- ja henkilöstöpalvelut', 48, 'work_community'],
        ['Talous- ja tietohallinto', 36, 'work_community'],
        ['Kehittäminen ja viestintä', 14, 'work_community'],
      ],
    );
  });

  it('POST, PATCH and DELETE /units manage units for admins', async () => {
    const created = await admin.api('POST', '/api/v1/units', { kind: 'unit', name: { fi: 'Hyvinvointi', en: 'Wellbeing' }, headcount: 30 });
    assert.equal(created.status, 201);
    const unit = created.json<UnitJson>();
    assert.deepEqual(
      { ...unit, id: 'x' },
      {
        id: 'x',
        parentId: null,
        kind: 'unit',
        name: { fi: 'Hyvinvointi', en: 'Wellbeing' },
        headcount: 30,
        position: 0,
        children: [],
      },
    );
    const child = await admin.api('POST', '/api/v1/units', {
      kind: 'work_community',
      parentId: unit.id,
      name: { fi: 'Liikunta' },
      headcount: 10,
    });
    assert.equal(child.status, 201);
    const patched = await admin.api('PATCH', `/api/v1/units/${unit.id}`, { headcount: 31 });
    assert.equal(patched.status, 200);
    assert.equal(patched.json<UnitJson>().headcount, 31);
    assert.equal(patched.json<UnitJson>().name.fi, 'Hyvinvointi', 'fields left out keep their value');
    const blocked = await admin.api('DELETE', `/api/v1/units/${unit.id}`);
    assert.equal(blocked.status, 409);
    assert.match(blocked.json<Problem>().detail, /Yksikön alla on vielä työyhteisöjä/);
    const moved = await admin.api('PATCH', `/api/v1/units/${child.json<UnitJson>().id}`, { parentId: null });
    assert.equal(moved.json<UnitJson>().parentId, null);
    assert.equal((await admin.api('DELETE', `/api/v1/units/${unit.id}`)).status, 204);
    assert.equal((await admin.api('DELETE', `/api/v1/units/${unit.id}`)).status, 404);
    const actions = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', unit.id)
      .orderBy('created_at')
      .execute();
    assert.deepEqual(actions.map((row) => row.action).sort(), [
      'organisations.unit.create',
      'organisations.unit.delete',
      'organisations.unit.update',
    ]);
  });

  it('refuses bad unit input with 422 and saves nothing', async () => {
    const before = await unitRows();
    const social = test.demo.unitIds!['social-and-health']!;
    const health = test.demo.unitIds!['health-services']!;
    const cases: Array<[string, string, unknown, string]> = [
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'x'.repeat(161) } }, 'name.fi'],
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' }, headcount: -1 }, 'headcount'],
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' }, headcount: 'many' }, 'headcount'],
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' }, headcount: 2.5 }, 'headcount'],
      ['POST', '/api/v1/units', { kind: 'team', name: { fi: 'A' } }, 'kind'],
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' }, parentId: 'missing' }, 'parentId'],
      ['POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' }, parentId: health }, 'parentId'],
      ['PATCH', `/api/v1/units/${social}`, { parentId: social }, 'parentId'],
      ['PATCH', `/api/v1/units/${social}`, { kind: 'work_community' }, 'kind'],
      ['PATCH', `/api/v1/units/${social}`, { headcount: null }, 'headcount'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = await admin.api(method, path, body);
      assert.equal(response.status, 422, `${method} ${path} ${JSON.stringify(body)}`);
      assert.equal(response.json<Problem>().errors?.[0]?.field, field, JSON.stringify(body));
    }
    assert.deepEqual(await unitRows(), before);
  });

  it('refuses unit changes to visitors (401) and non-admins (403), and a long id is 422 not 500', async () => {
    const id = test.demo.unitIds!['youth-services']!;
    assert.equal((await test.client().api('POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' } })).status, 401);
    assert.equal((await resident.api('POST', '/api/v1/units', { kind: 'unit', name: { fi: 'A' } })).status, 403);
    assert.equal((await resident.api('PATCH', `/api/v1/units/${id}`, { headcount: 1 })).status, 403);
    assert.equal((await resident.api('DELETE', `/api/v1/units/${id}`)).status, 403);
    assert.equal((await admin.api('PATCH', `/api/v1/units/${'x'.repeat(65)}`, { headcount: 1 })).status, 422);
    assert.equal((await admin.api('PATCH', '/api/v1/units/unknown', { headcount: 1 })).status, 404);
  });

  it('documents every route in the OpenAPI document', async () => {
    const response = await test.client().get('/api/v1/openapi.json');
    assert.equal(response.status, 200);
    const paths = response.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    assert.deepEqual(Object.keys(paths['/api/v1/organisation'] ?? {}).sort(), ['get', 'patch']);
    assert.deepEqual(Object.keys(paths['/api/v1/units'] ?? {}).sort(), ['get', 'post']);
    assert.deepEqual(Object.keys(paths['/api/v1/units/{id}'] ?? {}).sort(), ['delete', 'patch']);
    assert.deepEqual(Object.keys(paths['/api/v1/audit'] ?? {}), ['get']);
  });
});
