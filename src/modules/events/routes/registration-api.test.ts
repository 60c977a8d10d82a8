import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { createEventWith, problemOf, registerByApi, registrationsOf, TEST_NOW, unitId } from '../test-support/event-fixtures.ts';

const PASSWORD = 'henkilosto-salasana-2013';

describe('registering through the API: every mode and bad input', () => {
  let test: TestApp;
  let admin: TestClient;
  const detail = (key: string, values?: Record<string, string | number>) => test.context.translator.t('fi', key, values);

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('gives seats in registration order and sends the next registrant to the waitlist', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 2 });
    const answers = [];
    for (const name of ['Aino', 'Bertta', 'Celsius']) {
      const response = await registerByApi(test.client(), eventId, { name, email: `${name.toLowerCase()}@example.com` });
      assert.equal(response.status, 201, response.text);
      answers.push(response.json<{ status: string }>().status);
    }
    assert.deepEqual(answers, ['confirmed', 'confirmed', 'waitlisted']);
  });

  it('refuses a second registration of the same person (e-mail in any case) with 409, keeping the first one’s seat', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    assert.equal((await registerByApi(test.client(), eventId, { name: 'Eka', email: 'sama@example.com' })).status, 201);
    const again = await registerByApi(test.client(), eventId, { name: 'Toka', email: 'SAMA@example.com' });
    assert.equal(again.status, 409);
    assert.equal(problemOf(again).detail, detail('events.register.duplicate'));
    const rows = await registrationsOf(test, eventId);
    assert.deepEqual(
      rows.map((row) => [row.name, row.status]),
      [['Eka', 'confirmed']],
    );
  });

  it('answers 409 with the reason when registration is closed: no registration, deadline passed, event cancelled', async () => {
    const none = await createEventWith(admin, test, { registrationMode: 'none' });
    const late = await createEventWith(admin, test, { deadline: { date: '2013-03-09', time: '16:00' } });
    const cancelled = await createEventWith(admin, test, {}, { status: 'cancelled' });
    const body = { name: 'Myöhäinen', email: 'myohainen@example.com' };
    for (const [eventId, key] of [
      [none, 'events.register.notOpen'],
      [late, 'events.register.deadlinePassed'],
      [cancelled, 'events.register.eventCancelled'],
    ] as const) {
      const response = await registerByApi(test.client(), eventId, body);
      assert.equal(response.status, 409, `${key}: ${response.text}`);
      assert.equal(problemOf(response).detail, detail(key));
    }
  });

  it('answers 422 at the field for an unknown unit, a missing unit, hostile or overlong text and unknown questions', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 10, quotaAttribute: 'unit', quotaSplit: 'headcount' });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ name: 'A', email: 'a@example.com', attributeValue: 'no-such-unit' }, 'attributeValue', 'unknownUnit'],
      [{ name: 'A', email: 'a@example.com' }, 'attributeValue', 'required'],
      [{ name: 'x'.repeat(121), email: 'a@example.com', attributeValue: unitId(test, 'technical-services') }, 'name', 'tooLong'],
      [{ name: 'A', email: 'not an address', attributeValue: unitId(test, 'technical-services') }, 'email', 'email'],
      [
        { name: 'A', email: 'a@example.com', attributeValue: unitId(test, 'technical-services'), answers: { nope: 'x' } },
        'answers.nope',
        'unknownQuestion',
      ],
    ];
    for (const [body, field, code] of cases) {
      const response = await registerByApi(test.client(), eventId, body);
      assert.equal(response.status, 422, response.text);
      assert.deepEqual(
        problemOf(response).errors?.map((error) => [error.field, error.code]),
        [[field, code]],
      );
    }
    assert.equal((await registrationsOf(test, eventId)).length, 0);
  });

  it('stores hostile text as text and shows it escaped to the organiser', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 10 });
    const hostile = '<script>alert(1)</script> "Robert\'); DROP TABLE event_registrations;--';
    assert.equal((await registerByApi(test.client(), eventId, { name: hostile, email: 'bobby@example.com' })).status, 201);
    const page = await admin.get(`/fi/admin/events/${eventId}/registrations`);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('<script>alert'), 'the name reached the page as markup');
    assert.ok(page.text.includes('&lt;script>alert(1)&lt;/script> &quot;Robert'), 'the name is not shown as text');
  });

  it('puts a registrant whose unit quota is full on that unit’s waitlist; a work community counts for its unit', async () => {
    const technical = unitId(test, 'technical-services');
    const eventId = await createEventWith(admin, test, {
      capacity: 3,
      quotaAttribute: 'unit',
      quotas: [
        { value: technical, seats: 1 },
        { value: unitId(test, 'leisure-services'), seats: 2 },
      ],
    });
    const workCommunity = unitId(test, 'municipal-engineering');
    const first = await registerByApi(test.client(), eventId, { name: 'Tekninen', email: 't1@example.com', attributeValue: workCommunity });
    const second = await registerByApi(test.client(), eventId, { name: 'Tekninen 2', email: 't2@example.com', attributeValue: technical });
    assert.deepEqual([first.json<{ status: string }>().status, second.json<{ status: string }>().status], ['confirmed', 'waitlisted']);
    const seats = (await test.client().api('GET', `/api/v1/events/${eventId}`)).json<{
      seats: { quotas: Array<{ value: string; confirmed: number; waitlisted: number }> };
    }>().seats;
    const quota = seats.quotas.find((entry) => entry.value === technical);
    assert.deepEqual([quota?.confirmed, quota?.waitlisted], [1, 1]);
  });

  it('lets only signed-in staff register for a staff event, with the quota of their own unit', async () => {
    const technical = unitId(test, 'technical-services');
    const eventId = await createEventWith(
      admin,
      test,
      { registrationMode: 'staff', capacity: 4, quotaAttribute: 'unit', quotas: [{ value: technical, seats: 1 }] },
      { audience: 'staff' },
    );
    await createUser(
      test.context.db,
      test.demo.organisationId!,
      { email: 'insinoori@example.com', displayName: 'Insinööri', password: PASSWORD, locale: 'fi', unitId: technical, roles: ['member'] },
      new Date(TEST_NOW),
    );
    await createUser(
      test.context.db,
      test.demo.organisationId!,
      { email: 'asukas@example.com', displayName: 'Asukas', password: PASSWORD, locale: 'fi', roles: [] },
      new Date(TEST_NOW),
    );
    assert.equal(
      (await registerByApi(test.client(), eventId, { name: 'Vieras', email: 'vieras@example.com' })).status,
      404,
      'a visitor does not even see a staff event',
    );
    const resident = test.client();
    await resident.signIn('asukas@example.com', PASSWORD);
    assert.equal((await registerByApi(resident, eventId, {})).status, 404);
    const staff = test.client();
    await staff.signIn('insinoori@example.com', PASSWORD);
    const response = await registerByApi(staff, eventId, { attributeValue: unitId(test, 'leisure-services') });
    assert.equal(response.status, 201, response.text);
    const [row] = await registrationsOf(test, eventId);
    assert.deepEqual([row?.email, row?.attribute_value, row?.pool], ['insinoori@example.com', technical, 'quota']);
    const exported = (await staff.api('GET', '/api/v1/me/export')).json<{
      events: { registrations: Array<{ email: string; status: string }> };
    }>();
    assert.deepEqual(
      exported.events.registrations.map((entry) => [entry.email, entry.status]),
      [['insinoori@example.com', 'confirmed']],
    );
  });

  it('asks visitors to sign in (401) and refuses non-staff (403) when a staff event is public', async () => {
    const eventId = await createEventWith(admin, test, { registrationMode: 'staff', capacity: 4 });
    assert.equal((await registerByApi(test.client(), eventId, { name: 'V', email: 'v@example.com' })).status, 401);
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const refused = await registerByApi(resident, eventId, {});
    assert.equal(refused.status, 403);
  });

  it('registers by invitation only with the invitation’s own link: unknown, foreign and used links are refused clearly', async () => {
    const eventId = await createEventWith(admin, test, { registrationMode: 'invitation', capacity: 5 });
    const otherId = await createEventWith(admin, test, { registrationMode: 'invitation', capacity: 5 });
    const invited = await admin.api('POST', `/api/v1/events/${eventId}/invitations`, { emails: 'kutsuttu@example.com', locale: 'fi' });
    assert.deepEqual(invited.json(), { invited: 1, alreadyInvited: 0 });
    await admin.api('POST', `/api/v1/events/${otherId}/invitations`, { emails: 'toinen@example.com' });
    const tokenOf = async (email: string) => {
      const row = await test.context.db
        .selectFrom('event_invitations')
        .select(['id', 'event_id'])
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      const { linkToken } = await import('../links.ts');
      return linkToken(test.context.db, 'invitation', row.id, new Date());
    };
    const body = { name: 'Kutsuttu', email: 'someone-else@example.com' };
    assert.equal((await registerByApi(test.client(), eventId, body)).status, 403);
    assert.equal(
      problemOf(await registerByApi(test.client(), eventId, { ...body, invitationToken: 'forged' })).detail,
      detail('events.invitation.unknown'),
    );
    const foreign = await registerByApi(test.client(), eventId, { ...body, invitationToken: await tokenOf('toinen@example.com') });
    assert.deepEqual([foreign.status, problemOf(foreign).detail], [404, detail('events.invitation.foreign')]);
    const token = await tokenOf('kutsuttu@example.com');
    const accepted = await registerByApi(test.client(), eventId, { ...body, invitationToken: token });
    assert.equal(accepted.status, 201, accepted.text);
    const used = await registerByApi(test.client(), eventId, { ...body, name: 'Toinen kerta', invitationToken: token });
    assert.deepEqual([used.status, problemOf(used).detail], [409, detail('events.invitation.used')]);
    const rows = await registrationsOf(test, eventId);
    assert.deepEqual(
      rows.map((row) => [row.email, row.status]),
      [['kutsuttu@example.com', 'confirmed']],
    );
  });

  it('answers 404 for an unknown event and for ids too long to be ours, never 500', async () => {
    for (const id of ['00000000-0000-0000-0000-000000000000', 'x'.repeat(500), '%00']) {
      const response = await registerByApi(test.client(), id, { name: 'A', email: 'a@example.com' });
      assert.ok(response.status >= 400 && response.status < 500, `${id}: ${response.status}`);
    }
    const client = test.client();
    const broken = await client.request('POST', '/api/v1/events/x/registrations', {
      body: '{"name":',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await client.csrfToken() },
    });
    assert.ok(broken.status >= 400 && broken.status < 500, `broken JSON answered ${broken.status}`);
  });
});
