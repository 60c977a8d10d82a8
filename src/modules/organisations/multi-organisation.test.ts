import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createUser } from '../accounts/index.ts';
import { createOrganisation } from './index.ts';

const OTHER_HOST = 'toinen.example';

describe('two organisations in one deployment stay apart', () => {
  let test: TestApp;
  let raumaAdmin: TestClient;
  let otherAdmin: TestClient;
  let otherId: string;
  let otherUnitId: string;
  let raumaUnitId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    const now = new Date();
    otherId = await createOrganisation(test.context.db, { slug: 'toinen', name: { fi: 'Toinen kunta' }, hosts: [OTHER_HOST] }, now);
    await createUser(
      test.context.db,
      otherId,
      { email: DEMO_ADMIN.email, displayName: 'Toisen ylläpitäjä', password: DEMO_ADMIN.password, locale: 'fi', roles: ['org_admin'] },
      now,
    );
    raumaAdmin = await test.adminClient();
    otherAdmin = test.client({ host: OTHER_HOST });
    await otherAdmin.signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
    const created = await otherAdmin.api('POST', '/api/v1/units', { kind: 'unit', name: { fi: 'Toisen yksikkö' }, headcount: 3 });
    assert.equal(created.status, 201);
    otherUnitId = created.json<{ id: string }>().id;
    raumaUnitId = test.demo.unitIds!['youth-services']!;
    await otherAdmin.api('PATCH', '/api/v1/organisation', { accentColor: '#0b5a3a' });
  });
  after(() => test.close());

  it('serves each organisation’s own settings and branding by host', async () => {
    const rauma = (await test.client().get('/api/v1/organisation')).json<{ slug: string; accentColor: string | null }>();
    const other = (await test.client({ host: OTHER_HOST }).get('/api/v1/organisation')).json<{ slug: string; accentColor: string }>();
    assert.equal(rauma.slug, 'rauma');
    assert.equal(rauma.accentColor, null);
    assert.equal(other.slug, 'toinen');
    assert.equal(other.accentColor, '#0b5a3a');
    assert.match((await test.client({ host: OTHER_HOST }).get('/branding.css')).text, /#0b5a3a/);
    assert.doesNotMatch((await test.client().get('/branding.css')).text, /#0b5a3a/);
    const otherForm = await otherAdmin.get('/fi/admin/organisation');
    assert.match(otherForm.text, /value="Toinen kunta"/);
    assert.doesNotMatch(otherForm.text, /Rauman kaupunki/);
  });

  it('shows each organisation only its own units, on pages and in the API', async () => {
    const otherTree = (await test.client({ host: OTHER_HOST }).get('/api/v1/units')).json<{ items: Array<{ id: string }> }>();
    assert.deepEqual(
      otherTree.items.map((item) => item.id),
      [otherUnitId],
    );
    const raumaTree = (await test.client().get('/api/v1/units')).json<{ items: Array<{ id: string }> }>();
    assert.ok(!raumaTree.items.some((item) => item.id === otherUnitId));
    const otherPage = await otherAdmin.get('/fi/admin/units');
    assert.match(otherPage.text, /Toisen yksikkö/);
    assert.doesNotMatch(otherPage.text, /Konsernipalvelut/);
    const raumaPage = await raumaAdmin.get('/fi/admin/units');
    assert.doesNotMatch(raumaPage.text, /Toisen yksikkö/);
    const dashboard = await otherAdmin.get('/fi/admin');
    assert.match(dashboard.text, /<dt>Yksiköitä<\/dt><dd>1<\/dd>/);
  });

  it('answers 404 for the other organisation’s unit on every page and API route, and changes nothing', async () => {
    const before = await test.context.db.selectFrom('units').selectAll().where('id', 'in', [raumaUnitId, otherUnitId]).execute();
    for (const path of [`/fi/admin/units/${raumaUnitId}/edit`, `/fi/admin/units/${raumaUnitId}/delete`]) {
      assert.equal((await otherAdmin.get(path)).status, 404, path);
    }
    const form = { kind: 'unit', 'name.fi': 'Kaapattu', headcount: '1' };
    assert.equal((await otherAdmin.postForm(`/fi/admin/units/${raumaUnitId}/edit`, form)).status, 404);
    assert.equal((await otherAdmin.postForm(`/fi/admin/units/${raumaUnitId}/delete`, { confirm: 'yes' })).status, 404);
    assert.equal((await otherAdmin.api('PATCH', `/api/v1/units/${raumaUnitId}`, { headcount: 1 })).status, 404);
    assert.equal((await otherAdmin.api('DELETE', `/api/v1/units/${raumaUnitId}`)).status, 404);
    assert.equal((await raumaAdmin.api('DELETE', `/api/v1/units/${otherUnitId}`)).status, 404);
    assert.equal((await raumaAdmin.get(`/fi/admin/units/${otherUnitId}/edit`)).status, 404);
    const asParent = await otherAdmin.api('POST', '/api/v1/units', { kind: 'work_community', parentId: raumaUnitId, name: { fi: 'Ali' } });
    assert.equal(asParent.status, 422, 'a foreign parent is as unknown as a missing one');
    const after = await test.context.db.selectFrom('units').selectAll().where('id', 'in', [raumaUnitId, otherUnitId]).execute();
    assert.deepEqual(after, before);
  });

  it('keeps each organisation’s audit log to itself', async () => {
    const other = (await otherAdmin.api('GET', '/api/v1/audit?limit=200')).json<{
      items: Array<{ action: string; subjectId: string | null }>;
    }>();
    assert.ok(other.items.some((item) => item.subjectId === otherUnitId));
    assert.ok(!other.items.some((item) => item.subjectId === raumaUnitId));
    const rauma = (await raumaAdmin.api('GET', '/api/v1/audit?limit=200')).json<{ items: Array<{ subjectId: string | null }> }>();
    assert.ok(!rauma.items.some((item) => item.subjectId === otherUnitId || item.subjectId === otherId));
    const otherPage = await otherAdmin.get('/fi/admin/audit');
    assert.match(otherPage.text, /Toisen ylläpitäjä/);
    assert.doesNotMatch(otherPage.text, /<td>Ylläpitäjä<\/td>/);
  });

  it('does not let a session of one organisation act on the other', async () => {
    const crossed = await raumaAdmin.request('GET', '/fi/admin/units', { headers: { host: OTHER_HOST } });
    assert.equal(crossed.status, 303, 'the Rauma session counts for nothing on the other host');
    const patch = await raumaAdmin.request('PATCH', '/api/v1/organisation', {
      body: JSON.stringify({ accentColor: '#000000' }),
      headers: { host: OTHER_HOST, 'content-type': 'application/json', 'x-csrf-token': await raumaAdmin.csrfToken() },
    });
    assert.equal(patch.status, 401);
    assert.equal(
      (await test.client({ host: OTHER_HOST }).get('/api/v1/organisation')).json<{ accentColor: string }>().accentColor,
      '#0b5a3a',
    );
  });
});
