import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createUser } from '../accounts/index.ts';
import { createOrganisation } from '../organisations/index.ts';
import { type CreatedWorkshop, createWorkshop, detail, join, setStage } from './test-support/fixtures.ts';

const OTHER_HOST = 'toinen.example';

describe('workshop access over HTTP: participants, facilitators, other organisations, members-only seminars', () => {
  let test: TestApp;
  let admin: TestClient;
  let workshop: CreatedWorkshop;
  let phone: TestClient;
  let otherFacilitator: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    workshop = await createWorkshop(test, admin);
    phone = test.client({ 'accept-language': 'fi' });
    await join(phone, workshop.joinCode);
    await setStage(admin, workshop.id, workshop.prompts[0]!.id, 'writing');
    await phone.api('POST', `/api/v1/workshops/${workshop.id}/notes`, { text: 'Torille kahvila' });
    const otherId = await createOrganisation(
      test.context.db,
      { slug: 'toinen', name: { fi: 'Toinen kunta' }, hosts: [OTHER_HOST] },
      new Date(),
    );
    await createUser(
      test.context.db,
      otherId,
      {
        email: 'fasilitaattori@toinen.example',
        password: 'toisen-kunnan-salasana',
        displayName: 'Fasilitaattori',
        locale: 'fi',
        roles: ['facilitator', 'org_admin'],
      },
      new Date(),
    );
    otherFacilitator = test.client({ host: OTHER_HOST });
    await otherFacilitator.signIn('fasilitaattori@toinen.example', 'toisen-kunnan-salasana');
  });
  after(() => test.close());

  it('a participant trying facilitator actions gets a clear refusal, and nothing changes', async () => {
    const note = await test.context.db
      .selectFrom('workshop_notes')
      .selectAll()
      .where('workshop_id', '=', workshop.id)
      .executeTakeFirstOrThrow();
    const api = await phone.api('POST', `/api/v1/workshops/${workshop.id}/clusters`, { name: 'Kaappaus' });
    assert.equal(api.status, 401);
    assert.match(detail(api), /Kirjaudu sisään/);
    const stage = await phone.api('POST', `/api/v1/workshops/${workshop.id}/prompts/${workshop.prompts[0]!.id}/stage`, {
      stage: 'results',
    });
    assert.equal(stage.status, 401);
    const page = await phone.postForm(`/fi/admin/workshops/${workshop.id}/actions/move`, { noteId: note.id, clusterId: '' });
    assert.equal(page.status, 401);
    const console = await phone.get(`/fi/admin/workshops/${workshop.id}`);
    assert.equal(console.status, 303, 'a visitor is sent to sign in');
    const clusters = await test.context.db.selectFrom('workshop_clusters').select('id').where('workshop_id', '=', workshop.id).execute();
    assert.equal(clusters.length, 0);
  });

  it('a facilitator of another organisation sees nothing of the workshop and changes nothing', async () => {
    for (const path of [
      `/fi/admin/workshops/${workshop.id}`,
      `/fi/admin/workshops/${workshop.id}/projector`,
      `/fi/workshops/${workshop.id}/results`,
      `/api/v1/workshops/${workshop.id}`,
      `/api/v1/workshops/${workshop.id}/export?format=csv`,
      `/fi/join/${workshop.joinCode}`,
    ]) {
      const response = await otherFacilitator.get(path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.text, /Torille kahvila/);
    }
    const stage = await otherFacilitator.api('POST', `/api/v1/workshops/${workshop.id}/prompts/${workshop.prompts[0]!.id}/stage`, {
      stage: 'results',
    });
    assert.equal(stage.status, 404);
    const list = await otherFacilitator.get('/fi/admin/workshops');
    assert.equal(list.status, 200);
    assert.doesNotMatch(list.text, /Testityöpaja/);
  });

  it('a visitor without the code sees nothing of a workshop whose results are not public', async () => {
    const results = await test.client().get(`/fi/workshops/${workshop.id}/results`);
    assert.equal(results.status, 404);
    const api = await test.client().api('GET', `/api/v1/workshops/${workshop.id}`);
    assert.equal(api.status, 404);
    const live = await test.client().get(`/api/v1/workshops/${workshop.id}/live`);
    assert.equal(live.status, 404);
  });

  it('a seminar for chosen bodies asks visitors to sign in and refuses signed-in non-members in words', async () => {
    const councilId = (test.demo.bodyIds as Record<string, string>).council!;
    const seminar = await createWorkshop(test, admin, { kind: 'seminar', access: 'bodies', audienceIds: [councilId], noteNames: 'named' });
    const visitor = await join(test.client({ 'accept-language': 'fi' }), seminar.joinCode);
    assert.equal(visitor.status, 401);
    const page = await test.client().get(`/fi/join/${seminar.joinCode}`);
    assert.equal(page.status, 303);
    assert.match(page.location ?? '', /\/fi\/sign-in\?next=/);
    const userId = await createUser(
      test.context.db,
      test.demo.organisationId!,
      { email: 'valtuutettu@demo.tarina.invalid', password: 'valtuutetun-salasana', displayName: 'Valtuutettu', locale: 'fi', roles: [] },
      new Date(),
    );
    const outsider = test.client({ 'accept-language': 'fi' });
    await outsider.signIn('valtuutettu@demo.tarina.invalid', 'valtuutetun-salasana');
    const refused = await join(outsider, seminar.joinCode);
    assert.equal(refused.status, 403);
    assert.match(detail(refused), /vain kutsuttujen toimielinten/);
    await test.context.db
      .insertInto('body_members')
      .values({
        id: crypto.randomUUID(),
        organisation_id: test.demo.organisationId!,
        body_id: councilId,
        user_id: userId,
        position_title: '{"fi":"Valtuutettu"}',
        responsibility: '{"fi":""}',
        sector_id: null,
        position: 99,
        created_at: new Date().toISOString(),
      })
      .execute();
    const joined = await join(outsider, seminar.joinCode);
    assert.equal(joined.status, 200, joined.text);
    const participant = await test.context.db
      .selectFrom('workshop_participants')
      .selectAll()
      .where('workshop_id', '=', seminar.id)
      .executeTakeFirstOrThrow();
    assert.equal(participant.display_name, 'Valtuutettu', 'named notes take the account’s name');
  });
});
