import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { newId } from '../../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { createPhase } from '../commands/create-phase.ts';
import { createProcess } from '../commands/create-process.ts';
import { processSchema } from '../schemas.ts';

const ADMIN = '/fi/admin/processes';

describe('who may use the process admin', () => {
  let test: TestApp;
  let admin: TestClient;
  let demoProcessId = '';
  let ownProcessId = '';
  let foreignProcessId = '';
  let foreignPhaseId = '';

  async function signedIn(email: string): Promise<TestClient> {
    const client = test.client();
    await client.signIn(email, DEMO_ADMIN.password);
    return client;
  }

  async function processExists(id: string): Promise<boolean> {
    return (await test.context.db.selectFrom('processes').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    demoProcessId = String(test.demo.processId);
    const now = new Date();
    const organisationId = String(test.demo.organisationId);
    const adminActor = { organisationId, userId: null, grants: [] };
    ownProcessId = await createProcess(
      test.context.db,
      adminActor,
      processSchema.parse({ slug: 'oma', title: { fi: 'Oma prosessi' } }),
      now,
    );
    await createProcess(test.context.db, adminActor, processSchema.parse({ slug: 'muiden-luonnos', title: { fi: 'Muiden luonnos' } }), now);
    const scopedUser = await createUser(
      test.context.db,
      organisationId,
      { email: 'scoped@demo.tarina.invalid', displayName: 'Rajattu', password: DEMO_ADMIN.password, locale: 'fi' },
      now,
    );
    await test.context.db
      .insertInto('role_grants')
      .values({
        id: newId(),
        organisation_id: organisationId,
        user_id: scopedUser,
        role: 'process_manager',
        scope_type: 'process',
        scope_id: ownProcessId,
        created_at: now.toISOString(),
      })
      .execute();
    const otherOrganisation = await createOrganisation(
      test.context.db,
      { slug: 'muu-kunta', name: { fi: 'Muu kunta' }, hosts: ['muu.example'] },
      now,
    );
    const foreignActor = { organisationId: otherOrganisation, userId: null, grants: [] };
    foreignProcessId = await createProcess(
      test.context.db,
      foreignActor,
      processSchema.parse({ slug: 'vieras', title: { fi: 'Vieras' } }),
      now,
    );
    foreignPhaseId = await createPhase(
      test.context.db,
      foreignActor,
      foreignProcessId,
      { title: { fi: 'Vieras vaihe' }, description: { fi: '' }, startsOn: '2030-01-01', endsOn: '2030-02-01' },
      now,
    );
  });
  after(() => test.close());

  it('sends a visitor to sign in and refuses an anonymous POST without saving', async () => {
    const visitor = test.client();
    const list = await visitor.get(ADMIN);
    assert.equal(list.status, 303);
    assert.equal(list.location, `/fi/sign-in?next=${encodeURIComponent(ADMIN)}`);
    assert.equal((await visitor.get(`${ADMIN}/${demoProcessId}/phases`)).status, 303);
    const before = await test.context.db.selectFrom('processes').select('id').execute();
    const post = await visitor.postForm(`${ADMIN}/new`, { slug: 'nimeton', 'title.fi': 'Nimetön' });
    assert.equal(post.status, 401);
    const deletion = await visitor.postForm(`${ADMIN}/${demoProcessId}/delete`, { confirm: 'yes' });
    assert.equal(deletion.status, 401);
    assert.equal((await test.context.db.selectFrom('processes').select('id').execute()).length, before.length);
  });

  it('refuses a signed-in resident with 403', async () => {
    const resident = await signedIn('resident@demo.tarina.invalid');
    const response = await resident.get(ADMIN);
    assert.equal(response.status, 403);
    assert.match(response.text, /Sinulla ei ole oikeutta/);
    assert.equal((await resident.postForm(`${ADMIN}/${demoProcessId}/visibility`, { visibility: 'draft' })).status, 403);
  });

  it('lets a process manager edit but not delete', async () => {
    const manager = await signedIn('manager@demo.tarina.invalid');
    const edit = await manager.get(`${ADMIN}/${demoProcessId}`);
    assert.equal(edit.status, 200);
    assert.doesNotMatch(edit.text, /\/delete"/);
    assert.equal((await manager.get(`${ADMIN}/${demoProcessId}/delete`)).status, 403);
    const deletion = await manager.postForm(`${ADMIN}/${demoProcessId}/delete`, { confirm: 'yes' });
    assert.equal(deletion.status, 403);
    assert.ok(await processExists(demoProcessId));
    const phase = await manager.postForm(`${ADMIN}/${demoProcessId}/phases/new`, {
      'title.fi': 'Seuranta',
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
    });
    assert.equal(phase.status, 303);
  });

  it('lets a manager scoped to one process manage only that process', async () => {
    const scoped = await signedIn('scoped@demo.tarina.invalid');
    const list = await scoped.get(ADMIN);
    assert.equal(list.status, 200);
    assert.match(list.text, /Oma prosessi/);
    assert.doesNotMatch(list.text, new RegExp(demoProcessId));
    assert.doesNotMatch(list.text, /href="\/fi\/admin\/processes\/new"/);
    assert.equal((await scoped.get(`${ADMIN}/${ownProcessId}/bodies`)).status, 200);
    assert.equal((await scoped.get(`${ADMIN}/${demoProcessId}`)).status, 403);
    const before = await test.context.db.selectFrom('process_phases').select('id').where('process_id', '=', demoProcessId).execute();
    const post = await scoped.postForm(`${ADMIN}/${demoProcessId}/phases/new`, {
      'title.fi': 'X',
      startsOn: '2030-01-01',
      endsOn: '2030-01-02',
    });
    assert.equal(post.status, 403);
    const after = await test.context.db.selectFrom('process_phases').select('id').where('process_id', '=', demoProcessId).execute();
    assert.equal(after.length, before.length);
    assert.equal((await scoped.get(`${ADMIN}/new`)).status, 403);
  });

  it('answers a scoped manager’s API writes to other processes with 403, or 404 when the process is a draft they cannot see', async () => {
    const scoped = await signedIn('scoped@demo.tarina.invalid');
    assert.equal((await scoped.api('PATCH', '/api/v1/processes/oma', { summary: { fi: 'Oma muutos' } })).status, 200);
    assert.equal((await scoped.api('PATCH', `/api/v1/processes/${test.demo.processSlug}`, { summary: { fi: 'X' } })).status, 403);
    assert.equal((await scoped.api('PATCH', '/api/v1/processes/muiden-luonnos', { summary: { fi: 'X' } })).status, 404);
    const row = await test.context.db
      .selectFrom('processes')
      .select('summary')
      .where('slug', '=', 'muiden-luonnos')
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(row.summary).fi, '');
  });

  it('answers 404 for another organisation’s process and its parts, exactly as for unknown ids', async () => {
    for (const path of [
      `${ADMIN}/${foreignProcessId}`,
      `${ADMIN}/${foreignProcessId}/phases`,
      `${ADMIN}/${foreignProcessId}/delete`,
      `${ADMIN}/${ownProcessId}/phases/${foreignPhaseId}`,
      `${ADMIN}/${newId()}`,
      `${ADMIN}/${ownProcessId}/bodies/${newId()}`,
      `${ADMIN}/${ownProcessId}/timeline/${newId()}`,
    ]) {
      const response = await admin.get(path);
      assert.equal(response.status, 404, path);
      assert.match(response.text, /<html lang="fi"/);
    }
    const deletion = await admin.postForm(`${ADMIN}/${foreignProcessId}/delete`, { confirm: 'yes' });
    assert.equal(deletion.status, 404);
    assert.ok(await processExists(foreignProcessId));
    const edit = await admin.postForm(`${ADMIN}/${ownProcessId}/phases/${foreignPhaseId}`, {
      'title.fi': 'Kaapattu',
      startsOn: '2030-01-01',
      endsOn: '2030-01-02',
    });
    assert.equal(edit.status, 404);
    const phase = await test.context.db
      .selectFrom('process_phases')
      .select('title')
      .where('id', '=', foreignPhaseId)
      .executeTakeFirstOrThrow();
    assert.equal(JSON.parse(phase.title).fi, 'Vieras vaihe');
  });

  it('answers 404 for a phase of another process of the same organisation', async () => {
    const [demoPhase] = await test.context.db.selectFrom('process_phases').select('id').where('process_id', '=', demoProcessId).execute();
    assert.ok(demoPhase, 'the demo has phases');
    assert.equal((await admin.get(`${ADMIN}/${ownProcessId}/phases/${demoPhase.id}`)).status, 404);
    assert.equal((await admin.postForm(`${ADMIN}/${ownProcessId}/phases/${demoPhase.id}/delete`, { confirm: 'yes' })).status, 404);
  });

  it('refuses an admin form without its CSRF token', async () => {
    const response = await admin.postForm(`${ADMIN}/new`, { _csrf: '', slug: 'ilman-tunnistetta', 'title.fi': 'Ilman' });
    assert.equal(response.status, 403);
    const saved = await test.context.db.selectFrom('processes').select('id').where('slug', '=', 'ilman-tunnistetta').executeTakeFirst();
    assert.equal(saved, undefined);
  });
});
