import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { newId } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createOrganisation } from '../organisations/index.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { createUser } from './index.ts';

describe('admin: users and their roles', () => {
  let test: TestApp;
  let admin: TestClient;
  let adminToken: string;
  let foreignUserId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const adminId = await userIdOf(DEMO_ADMIN.email);
    adminToken = (await createApiToken(test.context.db, { organisationId: organisationId(), userId: adminId }, 'admin', new Date())).token;
    const otherOrganisation = await createOrganisation(
      test.context.db,
      { slug: 'naapurikunta', name: { fi: 'Naapurikunta' }, hosts: ['naapuri.localhost'] },
      new Date(),
    );
    foreignUserId = await createUser(
      test.context.db,
      otherOrganisation,
      { email: 'foreign@naapuri.invalid', displayName: 'Naapuri', password: 'naapurin salasana', locale: 'fi', roles: ['analyst'] },
      new Date(),
    );
  });
  after(() => test.close());

  const db = () => test.context.db;
  const organisationId = () => test.demo.organisationId as string;
  async function userIdOf(email: string) {
    return (await test.context.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  }
  const grantsOf = async (userId: string) =>
    (
      await db()
        .selectFrom('role_grants')
        .select(['role', 'scope_type', 'scope_id'])
        .where('user_id', '=', userId)
        .orderBy('role')
        .execute()
    ).map((row) => `${row.role}:${row.scope_type}:${row.scope_id}`);

  it('is for org admins only: a visitor is sent to sign in, a resident gets 403', async () => {
    assert.equal((await test.client().get('/fi/admin/users')).status, 303);
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.get('/fi/admin/users')).status, 403);
    const residentId = await userIdOf('resident@demo.tarina.invalid');
    assert.equal(
      (await resident.postForm(`/fi/admin/users/${residentId}/roles`, { role: 'org_admin', scopeType: 'organisation' })).status,
      403,
    );
    assert.deepEqual(await grantsOf(residentId), []);
    const adminHome = await admin.get('/fi/admin/users');
    assert.match(adminHome.text, /<a href="\/fi\/admin\/users" aria-current="page">Käyttäjät<\/a>/);
  });

  it('lists and searches users, treating % and _ as plain characters', async () => {
    const all = await admin.get('/fi/admin/users');
    assert.equal(all.status, 200);
    const own = await db().selectFrom('users').select('id').where('organisation_id', '=', organisationId()).execute();
    assert.ok(own.length >= 6);
    assert.match(all.text, new RegExp(`${own.length} käyttäjää`));
    assert.doesNotMatch(all.text, /foreign@naapuri\.invalid/);
    const found = await admin.get('/fi/admin/users?q=ANALYST');
    assert.match(found.text, /1 käyttäjä</);
    assert.match(found.text, /analyst@demo\.tarina\.invalid/);
    assert.doesNotMatch(found.text, /manager@demo/);
    assert.match((await admin.get('/fi/admin/users?q=%25')).text, /Ei käyttäjiä/);
    assert.match((await admin.get('/fi/admin/users?q=_')).text, /Ei käyttäjiä/);
    assert.match((await admin.get('/fi/admin/users?q=Fasilitaattori')).text, /facilitator@demo\.tarina\.invalid/);
  });

  it('pages through many users in e-mail order', async () => {
    const now = new Date().toISOString();
    for (let index = 0; index < 30; index += 1) {
      const number = String(index).padStart(2, '0');
      await db()
        .insertInto('users')
        .values({
          id: newId(),
          organisation_id: organisationId(),
          email: `paged-${number}@demo.tarina.invalid`,
          password_hash: null,
          display_name: `Sivutettu ${number}`,
          locale: 'fi',
          unit_id: null,
          created_at: now,
          updated_at: now,
          last_sign_in_at: null,
        })
        .execute();
    }
    const first = await admin.get('/fi/admin/users?q=paged-');
    assert.match(first.text, /30 käyttäjää/);
    assert.equal(first.text.match(/paged-\d\d@/g)?.length, 25);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.text)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(next);
    const second = await admin.get(next);
    assert.deepEqual(second.text.match(/paged-\d\d@/g), ['paged-25@', 'paged-26@', 'paged-27@', 'paged-28@', 'paged-29@']);
    assert.doesNotMatch(second.text, /rel="next"/);
    assert.match(second.text, /Ensimmäinen sivu/);
  });

  it('grants roles organisation-wide, for a unit and for a process, each audited', async () => {
    const userId = await userIdOf('resident@demo.tarina.invalid');
    const unitId = Object.values(test.demo.unitIds ?? {})[0] as string;
    const path = `/fi/admin/users/${userId}/roles`;
    const form = await admin.get(`/fi/admin/users/${userId}`);
    assert.match(form.text, /<select[^>]*name="processSlug".*?<option value="rauman-tarina">/s, 'the process is picked from a list');
    assert.equal((await admin.postForm(path, { role: 'moderator', scopeType: 'organisation', unitId: '', processSlug: '' })).status, 303);
    assert.equal((await admin.postForm(path, { role: 'unit_manager', scopeType: 'unit', unitId, processSlug: '' })).status, 303);
    assert.equal(
      (await admin.postForm(path, { role: 'facilitator', scopeType: 'process', unitId: '', processSlug: 'rauman-tarina' })).status,
      303,
    );
    const processId = test.demo.processId as string;
    assert.deepEqual(await grantsOf(userId), [
      'facilitator:process:' + processId,
      'moderator:organisation:',
      `unit_manager:unit:${unitId}`,
    ]);
    const page = await admin.get(`/fi/admin/users/${userId}`);
    assert.match(page.text, /Rooli on annettu/);
    assert.match(page.text, /Yksikkö: [^<(]+/);
    assert.match(page.text, /Prosessi: [^<(]+/);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'details'])
      .where('subject_id', '=', userId)
      .execute();
    assert.equal(audit.filter((entry) => entry.action === 'accounts.role.grant').length, 3);
    assert.ok(audit.every((entry) => entry.actor_user_id !== null));
  });

  it('answers a bad grant form with 422 at the right field and grants nothing', async () => {
    const userId = await userIdOf('analyst@demo.tarina.invalid');
    const path = `/fi/admin/users/${userId}/roles`;
    const before = await grantsOf(userId);
    const unknownProcess = await admin.postForm(path, { role: 'facilitator', scopeType: 'process', unitId: '', processSlug: 'ei-ole' });
    assert.equal(unknownProcess.status, 422);
    assert.match(unknownProcess.text, /Prosessia ei löytynyt\. Valitse se luettelosta\./);
    const noUnit = await admin.postForm(path, { role: 'unit_manager', scopeType: 'unit', unitId: '', processSlug: '' });
    assert.equal(noUnit.status, 422);
    assert.match(noUnit.text, /Valitse yksikkö/);
    const foreignUnit = await admin.postForm(path, { role: 'unit_manager', scopeType: 'unit', unitId: newId(), processSlug: '' });
    assert.equal(foreignUnit.status, 422);
    const badRole = await admin.postForm(path, { role: 'superuser', scopeType: 'organisation' });
    assert.equal(badRole.status, 422);
    assert.match(badRole.text, /Valitse jokin annetuista vaihtoehdoista/);
    assert.deepEqual(await grantsOf(userId), before);
  });

  it('revokes a role, audited; the last org admin keeps theirs with a clear 409', async () => {
    const userId = await userIdOf('analyst@demo.tarina.invalid');
    const page = await admin.get(`/fi/admin/users/${userId}`);
    const revoke = /action="(\/fi\/admin\/users\/[^"]+\/revoke)"/.exec(page.text)?.[1];
    assert.ok(revoke);
    assert.equal((await admin.postForm(revoke, {})).status, 303);
    assert.deepEqual(await grantsOf(userId), []);
    const audit = await db().selectFrom('audit_log').select('action').where('subject_id', '=', userId).execute();
    assert.ok(audit.some((entry) => entry.action === 'accounts.role.revoke'));

    const adminId = await userIdOf(DEMO_ADMIN.email);
    const adminPage = await admin.get(`/fi/admin/users/${adminId}`);
    const adminGrant = await db()
      .selectFrom('role_grants')
      .select('id')
      .where('user_id', '=', adminId)
      .where('role', '=', 'org_admin')
      .executeTakeFirstOrThrow();
    assert.match(adminPage.text, new RegExp(`/roles/${adminGrant.id}/revoke`));
    const refused = await admin.postForm(`/fi/admin/users/${adminId}/roles/${adminGrant.id}/revoke`, {});
    assert.equal(refused.status, 409);
    assert.match(refused.text, /viimeiseltä pääkäyttäjältä ei voi poistaa/);
    assert.ok((await grantsOf(adminId)).includes('org_admin:organisation:'));
  });

  it('answers another organisation’s user or grant with 404', async () => {
    assert.equal((await admin.get(`/fi/admin/users/${foreignUserId}`)).status, 404);
    const grant = await admin.postForm(`/fi/admin/users/${foreignUserId}/roles`, { role: 'org_admin', scopeType: 'organisation' });
    assert.equal(grant.status, 404);
    const foreignGrant = await db().selectFrom('role_grants').select('id').where('user_id', '=', foreignUserId).executeTakeFirstOrThrow();
    assert.equal((await admin.postForm(`/fi/admin/users/${foreignUserId}/roles/${foreignGrant.id}/revoke`, {})).status, 404);
    const ownId = await userIdOf('manager@demo.tarina.invalid');
    assert.equal((await admin.postForm(`/fi/admin/users/${ownId}/roles/${foreignGrant.id}/revoke`, {})).status, 404);
    assert.deepEqual(await grantsOf(foreignUserId), ['analyst:organisation:']);
    const api = await test.client().api('PUT', `/api/v1/users/${foreignUserId}/roles`, { grants: [] }, { token: adminToken });
    assert.equal(api.status, 404);
  });

  it('lists users through the API with a cursor, and replaces roles with PUT', async () => {
    const first = await test.client().api('GET', '/api/v1/users?limit=2', undefined, { token: adminToken });
    assert.equal(first.status, 200);
    const page = first.json<{ items: Array<{ email: string }>; nextCursor: string }>();
    assert.deepEqual(
      page.items.map((user) => user.email),
      ['admin@demo.tarina.invalid', 'analyst@demo.tarina.invalid'],
    );
    const second = await test.client().api('GET', `/api/v1/users?limit=2&cursor=${page.nextCursor}`, undefined, { token: adminToken });
    assert.equal(second.json<{ items: Array<{ email: string }> }>().items[0]?.email, 'board-chair@demo.tarina.invalid');

    const userId = await userIdOf('manager@demo.tarina.invalid');
    const unitId = Object.values(test.demo.unitIds ?? {})[1] as string;
    const put = await test
      .client()
      .api(
        'PUT',
        `/api/v1/users/${userId}/roles`,
        { grants: [{ role: 'analyst' }, { role: 'unit_manager', scopeType: 'unit', scopeId: unitId }] },
        { token: adminToken },
      );
    assert.equal(put.status, 200);
    assert.deepEqual(put.json<{ grants: unknown[] }>().grants, [
      { role: 'analyst', scopeType: 'organisation', scopeId: null },
      { role: 'unit_manager', scopeType: 'unit', scopeId: unitId },
    ]);
    assert.deepEqual(await grantsOf(userId), ['analyst:organisation:', `unit_manager:unit:${unitId}`]);
    const audit = await db().selectFrom('audit_log').select('action').where('subject_id', '=', userId).execute();
    assert.deepEqual(audit.map((entry) => entry.action).sort(), ['accounts.role.grant', 'accounts.role.grant', 'accounts.role.revoke']);
  });

  it('answers bad role sets through the API with 4xx and changes nothing', async () => {
    const userId = await userIdOf('manager@demo.tarina.invalid');
    const before = await grantsOf(userId);
    const put = (body: unknown) => test.client().api('PUT', `/api/v1/users/${userId}/roles`, body, { token: adminToken });
    const unknownScope = await put({ grants: [{ role: 'analyst' }, { role: 'facilitator', scopeType: 'process', scopeId: newId() }] });
    assert.equal(unknownScope.status, 422);
    assert.equal(unknownScope.json<{ errors: Array<{ field: string }> }>().errors[0]?.field, 'grants.1.scopeId');
    const missingScope = await put({ grants: [{ role: 'facilitator', scopeType: 'unit' }] });
    assert.equal(missingScope.status, 422);
    assert.equal((await put({ grants: [{ role: 'emperor' }] })).status, 422);
    assert.equal((await put({ grants: 'all' })).status, 422);
    assert.deepEqual(await grantsOf(userId), before);

    const adminId = await userIdOf(DEMO_ADMIN.email);
    const lastAdmin = await test.client().api('PUT', `/api/v1/users/${adminId}/roles`, { grants: [] }, { token: adminToken });
    assert.equal(lastAdmin.status, 409);
    assert.ok((await grantsOf(adminId)).includes('org_admin:organisation:'));

    const residentToken = (
      await createApiToken(
        db(),
        { organisationId: organisationId(), userId: await userIdOf('resident@demo.tarina.invalid') },
        'r',
        new Date(),
      )
    ).token;
    assert.equal((await test.client().api('GET', '/api/v1/users', undefined, { token: residentToken })).status, 403);
  });
});
