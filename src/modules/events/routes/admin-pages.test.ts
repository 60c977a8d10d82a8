import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { registerByApi, registrationsOf, TEST_NOW, unitId } from '../test-support/event-fixtures.ts';

const EVENT_FORM = {
  kind: 'seminar',
  'title.fi': 'Valtuustoseminaari',
  'title.sv': 'Fullmäktigeseminarium',
  startsOn: '2013-05-22',
  startTime: '09:00',
  endTime: '16:00',
  audience: 'public',
  status: 'planned',
};

describe('the organiser’s pages', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    admin = await test.adminClient();
  });
  after(() => test.close());

  async function createByForm(fields: Record<string, string | string[]> = EVENT_FORM): Promise<string> {
    const response = await admin.postForm(`/fi/admin/events/new?process=${test.demo.processId}`, fields);
    assert.equal(response.status, 303, response.text.slice(0, 200));
    return /\/admin\/events\/([^/]+)\/registration/.exec(response.location ?? '')![1]!;
  }

  it('creates an event from the form in the organisation’s time zone (summer time in May) and lists it', async () => {
    const id = await createByForm();
    const row = await test.context.db
      .selectFrom('events')
      .select(['starts_at', 'ends_at', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.starts_at, row.ends_at, row.status], ['2013-05-22T06:00:00.000Z', '2013-05-22T13:00:00.000Z', 'planned']);
    const list = await admin.get('/fi/admin/events');
    assert.match(list.text, /Valtuustoseminaari/);
  });

  it('shows the form again with the values and a clear error for a time the clocks skip and an end before the start', async () => {
    const skipped = await admin.postForm(`/fi/admin/events/new?process=${test.demo.processId}`, {
      ...EVENT_FORM,
      startsOn: '2013-03-31',
      startTime: '03:30',
      endTime: '05:00',
    });
    assert.equal(skipped.status, 422);
    assert.match(skipped.text, /Tätä kellonaikaa ei ole/);
    assert.match(skipped.text, /value="Valtuustoseminaari"/);
    const backwards = await admin.postForm(`/fi/admin/events/new?process=${test.demo.processId}`, { ...EVENT_FORM, endTime: '08:00' });
    assert.equal(backwards.status, 422);
    assert.match(backwards.text, /pitää päättyä alkamisensa jälkeen/);
  });

  it('splits seats over the units by headcount from the settings form', async () => {
    const id = await createByForm();
    const first = await admin.postForm(`/fi/admin/events/${id}/registration`, {
      registrationMode: 'open',
      capacity: '70',
      quotaAttribute: 'unit',
      answersRetentionDays: '30',
    });
    assert.equal(first.status, 303);
    const form = await admin.get(`/fi/admin/events/${id}/registration`);
    const rows = [...form.text.matchAll(/name="(quotas\.\d+\.value)" value="([^"]+)"/g)].map((match) => [match[1]!, match[2]!] as const);
    assert.equal(rows.length, 6, 'one row per top-level unit');
    const fields: Record<string, string> = {
      registrationMode: 'open',
      capacity: '70',
      quotaAttribute: 'unit',
      quotaSplit: 'headcount',
      answersRetentionDays: '30',
    };
    for (const [name, value] of rows) fields[name] = value;
    assert.equal((await admin.postForm(`/fi/admin/events/${id}/registration`, fields)).status, 303);
    const quotas = await test.context.db
      .selectFrom('event_quotas')
      .select(['attribute_value', 'seats'])
      .where('event_id', '=', id)
      .execute();
    assert.equal(
      quotas.reduce((sum, quota) => sum + quota.seats, 0),
      70,
    );
    assert.equal(quotas.find((quota) => quota.attribute_value === unitId(test, 'social-and-health'))?.seats, 28);
  });

  it('checks people in from a phone-sized list and counts attendance per quota and unit', async () => {
    const id = await createByForm();
    const technical = unitId(test, 'technical-services');
    await admin.postForm(`/fi/admin/events/${id}/registration`, {
      registrationMode: 'open',
      capacity: '5',
      quotaAttribute: 'unit',
      'quotas.0.value': technical,
      'quotas.0.seats': '3',
      answersRetentionDays: '30',
    });
    await registerByApi(test.client(), id, {
      name: 'Saapuja',
      email: 'saapuja@example.com',
      attributeValue: unitId(test, 'facility-services'),
    });
    await registerByApi(test.client(), id, { name: 'Poissaolija', email: 'poissa@example.com', attributeValue: technical });
    const [arriving] = await registrationsOf(test, id);
    const marked = await admin.postForm(`/fi/admin/events/${id}/check-in/${arriving!.id}`, { arrived: 'yes', q: 'saa' });
    assert.equal(marked.status, 303);
    assert.match(marked.location ?? '', /check-in\?q=saa/);
    const page = await admin.get(`/fi/admin/events/${id}/check-in?q=saa`);
    assert.match(page.text, /Saapui klo/);
    assert.doesNotMatch(page.text, /Poissaolija/, 'the search narrows the list');
    assert.match(page.text, /Saapunut 1\/2 paikan saaneesta/);
    const waiting = await admin.postForm(`/fi/admin/events/${id}/check-in/not-a-registration`, { arrived: 'yes' });
    assert.equal(waiting.status, 409);
    const reads = await test.context.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'events.registrations.read')
      .where('subject_id', '=', id)
      .execute();
    assert.equal(reads.length, 1, 'reading the list is recorded once an hour, not on every reload');
  });

  it('keeps organiser pages from residents (403), visitors (to sign in) and lets a facilitator of the process check in but not edit', async () => {
    const id = await createByForm();
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    assert.equal((await resident.get(`/fi/admin/events/${id}/edit`)).status, 403);
    assert.equal((await test.client().get(`/fi/admin/events/${id}/edit`)).status, 303);
    const password = 'fasilitaattori-2013-salasana';
    const userId = await createUser(
      test.context.db,
      test.demo.organisationId!,
      { email: 'fasi@example.com', displayName: 'Fasilitaattori', password, locale: 'fi', roles: [] },
      new Date(TEST_NOW),
    );
    await test.context.db
      .insertInto('role_grants')
      .values({
        id: crypto.randomUUID(),
        organisation_id: test.demo.organisationId!,
        user_id: userId,
        role: 'facilitator',
        scope_type: 'process',
        scope_id: test.demo.processId!,
        created_at: TEST_NOW,
      })
      .execute();
    const facilitator = test.client();
    await facilitator.signIn('fasi@example.com', password);
    assert.equal((await facilitator.get(`/fi/admin/events/${id}/check-in`)).status, 200);
    assert.equal((await facilitator.get(`/fi/admin/events/${id}/edit`)).status, 403);
    assert.equal((await admin.get('/fi/admin/events/00000000-0000-0000-0000-000000000000/edit')).status, 404);
  });

  it('invites a list of e-mails from the invitations page and shows who has registered', async () => {
    const id = await createByForm();
    await admin.postForm(`/fi/admin/events/${id}/registration`, {
      registrationMode: 'invitation',
      capacity: '10',
      quotaAttribute: 'none',
      answersRetentionDays: '30',
    });
    const bad = await admin.postForm(`/fi/admin/events/${id}/invitations`, { emails: 'hyvä@example.com ei-osoite', locale: 'fi' });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /ei ole sähköpostiosoite/);
    const sent = await admin.postForm(`/fi/admin/events/${id}/invitations`, { emails: 'a@example.com\nb@example.com', locale: 'fi' });
    assert.equal(sent.status, 303);
    const page = await admin.get(`/fi/admin/events/${id}/invitations`);
    assert.match(page.text, /2 kutsua, joista ilmoittautunut 0/);
  });
});
