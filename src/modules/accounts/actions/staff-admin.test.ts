import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { currentValues, postForms } from '../../../platform/testing/html-forms.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { createApiToken } from '../commands/create-api-token.ts';
import { createUser } from '../index.ts';
import { sendRequestedInvitations } from '../jobs/send-invitations.ts';

const PASSWORD = 'a long staff passphrase';

describe('admin: placing people, deactivating them and inviting them to sign in (form and API)', () => {
  const clock = fixedClock('2026-03-02T08:00:00.000Z');
  let smtp: TestSmtpServer;
  let test: TestApp;
  let admin: TestClient;
  let adminToken: string;
  let foreignUserId: string;

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@tarina.test>', log: () => {} });
    // No job runner: the invitation tests run the invitations' job themselves, so they see the request wait for it.
    test = await startTestApp({ demo: true, clock, mailer, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    adminToken = (
      await createApiToken(db(), { organisationId: organisationId(), userId: test.demo.adminUserId as string }, 'admin', clock.now())
    ).token;
    const other = await createOrganisation(
      db(),
      { slug: 'naapurikunta', name: { fi: 'Naapurikunta' }, hosts: ['naapuri.localhost'] },
      clock.now(),
    );
    foreignUserId = await createUser(
      db(),
      other,
      { email: 'foreign@naapuri.invalid', displayName: 'Naapuri', password: PASSWORD, locale: 'fi' },
      clock.now(),
    );
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const db = () => test.context.db;
  const organisationId = () => test.demo.organisationId as string;
  let counter = 0;
  async function newPerson(locale: 'fi' | 'sv' | 'en' = 'fi') {
    counter += 1;
    const email = `placed${counter}@demo.tarina.invalid`;
    const id = await createUser(
      db(),
      organisationId(),
      { email, displayName: `Placed ${counter}`, password: PASSWORD, locale },
      clock.now(),
    );
    return { id, email };
  }
  const userRow = (id: string) => db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const communities = () =>
    db()
      .selectFrom('units')
      .select(['id', 'name', 'parent_id'])
      .where('organisation_id', '=', organisationId())
      .where('kind', '=', 'work_community')
      .execute();
  const placementForm = async (client: TestClient, userId: string) => {
    const page = await client.get(`/fi/admin/users/${userId}/placement`);
    assert.equal(page.status, 200);
    const form = postForms(page.text).find((candidate) => candidate.getAttribute('action') === `/fi/admin/users/${userId}/placement`);
    assert.ok(form, 'the placement form');
    return { page, form };
  };

  it('places through the form: the chosen work community comes back selected, indented under its unit', async () => {
    const person = await newPerson();
    const community = (await communities())[0];
    assert.ok(community);
    const before = await placementForm(admin, person.id);
    assert.deepEqual(currentValues(before.form, 'unitId'), [''], 'not placed yet');
    assert.match(before.page.text, /<option value="[^"]+"[^>]*>– [^<]+<\/option>/, 'work communities are indented');
    const saved = await admin.postForm(`/fi/admin/users/${person.id}/placement`, { unitId: community.id });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/fi/admin/users/${person.id}`);
    const userPage = await admin.get(`/fi/admin/users/${person.id}`);
    assert.match(userPage.text, /Sijoitus on tallennettu/);
    assert.match(userPage.text, new RegExp(JSON.parse(community.name).fi));
    const again = await placementForm(admin, person.id);
    assert.deepEqual(currentValues(again.form, 'unitId'), [community.id]);
    const cleared = await admin.postForm(`/fi/admin/users/${person.id}/placement`, { unitId: '' });
    assert.equal(cleared.status, 303);
    assert.equal((await userRow(person.id)).unit_id, null);
  });

  it('refuses an unknown unit with 422 at its field on the form and in the API, keeping what was chosen', async () => {
    const person = await newPerson();
    const refused = await admin.postForm(`/en/admin/users/${person.id}/placement`, { unitId: 'no-such-unit' });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /This unit or work community was not found/);
    assert.match(refused.text, /aria-invalid="true"/);
    const api = await admin.api('PUT', `/api/v1/users/${person.id}/placement`, { unitId: 'no-such-unit' });
    assert.equal(api.status, 422);
    assert.match(api.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await userRow(person.id)).unit_id, null);
    const tooLong = await admin.api('PUT', `/api/v1/users/${person.id}/placement`, { unitId: 'x'.repeat(500) });
    assert.equal(tooLong.status, 422);
  });

  it('places through the API and answers the user with the unit; another organisation’s user is 404', async () => {
    const person = await newPerson();
    const community = (await communities())[1];
    assert.ok(community);
    const placed = await test.client().api('PUT', `/api/v1/users/${person.id}/placement`, { unitId: community.id }, { token: adminToken });
    assert.equal(placed.status, 200);
    const body = placed.json<{ unitId: string | null; deactivatedAt: string | null }>();
    assert.equal(body.unitId, community.id);
    assert.equal(body.deactivatedAt, null);
    const none = await test.client().api('PUT', `/api/v1/users/${person.id}/placement`, { unitId: null }, { token: adminToken });
    assert.equal(none.json<{ unitId: string | null }>().unitId, null);
    const foreign = await test
      .client()
      .api('PUT', `/api/v1/users/${foreignUserId}/placement`, { unitId: community.id }, { token: adminToken });
    assert.equal(foreign.status, 404);
    assert.equal((await admin.postForm(`/fi/admin/users/${foreignUserId}/placement`, { unitId: community.id })).status, 404);
    assert.equal((await admin.get(`/fi/admin/users/${foreignUserId}/placement`)).status, 404);
    assert.equal((await userRow(foreignUserId)).unit_id, null);
  });

  it('is for admins only: 401 for a visitor, 403 for a signed-in resident', async () => {
    const person = await newPerson();
    assert.equal((await test.client().api('PUT', `/api/v1/users/${person.id}/placement`, { unitId: null })).status, 401);
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await resident.postForm(`/fi/admin/users/${person.id}/deactivate`, {})).status, 403);
    assert.equal((await resident.api('POST', `/api/v1/users/${person.id}/invitation`)).status, 403);
    assert.equal((await resident.get(`/fi/admin/users/${person.id}/placement`)).status, 403);
    assert.equal((await userRow(person.id)).deactivated_at, null);
  });

  it('deactivates and reactivates from the user page and through the API', async () => {
    const person = await newPerson();
    const page = await admin.get(`/fi/admin/users/${person.id}`);
    assert.match(page.text, /Tili on käytössä/);
    assert.ok(postForms(page.text).some((form) => form.getAttribute('action') === `/fi/admin/users/${person.id}/deactivate`));
    const done = await admin.postForm(`/fi/admin/users/${person.id}/deactivate`, {});
    assert.equal(done.status, 303);
    const after = await admin.get(`/fi/admin/users/${person.id}`);
    assert.match(after.text, /Tili on poistettu käytöstä/);
    assert.match(after.text, /Tili poistettiin käytöstä/);
    assert.ok(postForms(after.text).some((form) => form.getAttribute('action') === `/fi/admin/users/${person.id}/reactivate`));
    const signIn = await test.client().postForm('/fi/sign-in', { email: person.email, password: PASSWORD });
    assert.equal(signIn.status, 422);
    assert.match(signIn.text, /Tällä tilillä ei voi enää kirjautua/);

    const reactivated = await test.client().api('POST', `/api/v1/users/${person.id}/reactivate`, undefined, { token: adminToken });
    assert.equal(reactivated.status, 200);
    assert.equal(reactivated.json<{ deactivatedAt: string | null }>().deactivatedAt, null);
    const again = await test.client().api('POST', `/api/v1/users/${person.id}/deactivate`, undefined, { token: adminToken });
    assert.equal(again.status, 200);
    assert.ok(again.json<{ deactivatedAt: string | null }>().deactivatedAt);
    assert.equal(
      (await test.client().api('POST', `/api/v1/users/${foreignUserId}/deactivate`, undefined, { token: adminToken })).status,
      404,
    );
  });

  it('refuses the admin deactivating themselves with 409 on both surfaces', async () => {
    const adminId = test.demo.adminUserId as string;
    const api = await test.client().api('POST', `/api/v1/users/${adminId}/deactivate`, undefined, { token: adminToken });
    assert.equal(api.status, 409);
    const form = await admin.postForm(`/en/admin/users/${adminId}/deactivate`, {});
    assert.equal(form.status, 409);
    assert.match(form.text, /You cannot deactivate your own account/);
    assert.equal((await userRow(adminId)).deactivated_at, null);
  });

  it('queues a sign-in invitation from the user page and through the API for the job to mail; a deactivated person’s is refused', async () => {
    const person = await newPerson('en');
    const invitations = () =>
      db()
        .selectFrom('account_invitations')
        .select('id')
        .where('user_id', '=', person.id)
        .execute()
        .then((rows) => rows.length);
    const sent = await admin.postForm(`/fi/admin/users/${person.id}/invitation`, {});
    assert.equal(sent.status, 303);
    assert.match((await admin.get(`/fi/admin/users/${person.id}`)).text, /Kirjautumiskutsu on jonossa/);
    const queued = await db()
      .selectFrom('account_invitation_requests')
      .select(['actor_user_id', 'base_url'])
      .where('user_id', '=', person.id)
      .executeTakeFirst();
    assert.equal(queued?.actor_user_id, test.demo.adminUserId, 'queued, not mailed in the request');
    assert.equal(queued?.base_url, test.baseUrl);
    assert.equal(await invitations(), 0, 'the request stored no invitation: the job does');
    const run = await sendRequestedInvitations(test.context, { now: clock.now(), log: (error) => assert.fail(String(error)) });
    assert.deepEqual(run, { sent: 1, dropped: 0, failed: 0 });
    const mail = await smtp.waitForMessage((candidate) => candidate.to.includes(person.email));
    assert.equal(mail.subject, 'Invitation to sign in – City of Rauma');
    const path = /\/en\/invitation\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    assert.ok(path, mail.text);
    assert.equal((await test.client().get(path)).status, 200);

    const api = await test.client().api('POST', `/api/v1/users/${person.id}/invitation`, undefined, { token: adminToken });
    assert.equal(api.status, 204);
    const again = await sendRequestedInvitations(test.context, { now: clock.now(), log: (error) => assert.fail(String(error)) });
    assert.deepEqual(again, { sent: 1, dropped: 0, failed: 0 });
    assert.equal(await invitations(), 2);

    await test.client().api('POST', `/api/v1/users/${person.id}/deactivate`, undefined, { token: adminToken });
    const refused = await test.client().api('POST', `/api/v1/users/${person.id}/invitation`, undefined, { token: adminToken });
    assert.equal(refused.status, 409);
    const refusedForm = await admin.postForm(`/en/admin/users/${person.id}/invitation`, {});
    assert.equal(refusedForm.status, 409);
    assert.match(refusedForm.text, /cannot be sent to a deactivated account/);
  });
});
