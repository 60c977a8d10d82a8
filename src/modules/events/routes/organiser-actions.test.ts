import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createEventWith, problemOf, registerByApi, registrationsOf, TEST_NOW, unitId } from '../test-support/event-fixtures.ts';

describe('cancellations, promotion from the waitlist and the organiser’s changes', () => {
  let test: TestApp;
  let admin: TestClient;
  const clock = fixedClock(TEST_NOW);

  before(async () => {
    test = await startTestApp({ demo: true, clock });
    admin = await test.adminClient();
  });
  after(() => test.close());

  async function register(eventId: string, name: string, attributeValue?: string) {
    const response = await registerByApi(test.client(), eventId, { name, email: `${name.toLowerCase()}@example.com`, attributeValue });
    assert.equal(response.status, 201, response.text);
    return response.json<{ id: string; status: string; manageUrl: string }>();
  }

  const statusesOf = async (eventId: string) => (await registrationsOf(test, eventId)).map((row) => `${row.name}:${row.status}`);

  /** An event whose quota seats go to the social and health and the technical services units, with both units' ids. */
  async function unitQuotaEvent(capacity: number, seats: { social: number; technical: number }, settings: Record<string, unknown> = {}) {
    const social = unitId(test, 'social-and-health');
    const technical = unitId(test, 'technical-services');
    const eventId = await createEventWith(admin, test, {
      capacity,
      quotaAttribute: 'unit',
      quotas: [
        { value: social, seats: seats.social },
        { value: technical, seats: seats.technical },
      ],
      ...settings,
    });
    return { eventId, social, technical };
  }

  it('promotes the first on the matching waitlist when someone cancels through their personal link, and a second cancel changes nothing', async () => {
    const { eventId, social, technical } = await unitQuotaEvent(2, { social: 1, technical: 1 });
    const first = await register(eventId, 'Sote1', social);
    await register(eventId, 'Tekn1', technical);
    await register(eventId, 'Tekn2', technical);
    await register(eventId, 'Sote2', social);
    await register(eventId, 'Sote3', social);
    const path = new URL(first.manageUrl).pathname;
    const visitor = test.client();
    assert.equal((await visitor.postForm(`${path}/cancel`, {})).status, 303);
    assert.deepEqual(await statusesOf(eventId), [
      'Sote1:cancelled',
      'Tekn1:confirmed',
      'Tekn2:waitlisted',
      'Sote2:confirmed',
      'Sote3:waitlisted',
    ]);
    const again = await visitor.postForm(`${path}/cancel`, {});
    assert.equal(again.status, 409);
    assert.match(again.text, /on jo peruttu/);
    assert.deepEqual(await statusesOf(eventId), [
      'Sote1:cancelled',
      'Tekn1:confirmed',
      'Tekn2:waitlisted',
      'Sote2:confirmed',
      'Sote3:waitlisted',
    ]);
  });

  it('lets the organiser add, move and remove registrations, each in the audit log with the reason', async () => {
    const { eventId, social, technical } = await unitQuotaEvent(3, { social: 1, technical: 2 });
    await register(eventId, 'Eka', social);
    const waiting = await register(eventId, 'Toka', social);
    assert.equal(waiting.status, 'waitlisted');
    const added = await admin.postForm(`/fi/admin/events/${eventId}/registrations`, {
      name: 'Lisätty',
      email: 'lisatty@example.com',
      attributeValue: technical,
      locale: 'sv',
      reason: 'Puhelimitse ilmoittautunut',
    });
    assert.equal(added.status, 303);
    const moved = await admin.api('POST', `/api/v1/events/${eventId}/registrations/${waiting.id}/move`, {
      attributeValue: technical,
      reason: 'Väärä hallintokunta',
    });
    assert.equal(moved.status, 204, moved.text);
    assert.deepEqual(await statusesOf(eventId), ['Eka:confirmed', 'Toka:confirmed', 'Lisätty:confirmed']);
    const removed = await admin.api('DELETE', `/api/v1/events/${eventId}/registrations/${waiting.id}`, { reason: 'Peruttu puhelimitse' });
    assert.equal(removed.status, 204);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'events.registration.%')
      .execute();
    const reasons = audit.map((entry) => [entry.action, (JSON.parse(entry.details) as { reason?: string }).reason]);
    for (const expected of [
      ['events.registration.add', 'Puhelimitse ilmoittautunut'],
      ['events.registration.move', 'Väärä hallintokunta'],
      ['events.registration.remove', 'Peruttu puhelimitse'],
    ]) {
      assert.ok(
        reasons.some((entry) => entry[0] === expected[0] && entry[1] === expected[1]),
        `${expected[0]} with its reason`,
      );
    }
  });

  it('refuses to move someone with a seat into a full quota (409) and keeps their seat', async () => {
    const { eventId, social, technical } = await unitQuotaEvent(2, { social: 1, technical: 1 });
    const sote = await register(eventId, 'Pysyva', social);
    await register(eventId, 'Tekninen', technical);
    const response = await admin.api('POST', `/api/v1/events/${eventId}/registrations/${sote.id}/move`, {
      attributeValue: technical,
      reason: 'Kokeilu',
    });
    assert.equal(response.status, 409);
    assert.deepEqual(await statusesOf(eventId), ['Pysyva:confirmed', 'Tekninen:confirmed']);
    const [row] = await registrationsOf(test, eventId);
    assert.equal(row?.attribute_value, social);
  });

  it('demands a reason from the organiser (422) and changes nothing without one', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 2 });
    const person = await register(eventId, 'Ilman');
    const response = await admin.api('DELETE', `/api/v1/events/${eventId}/registrations/${person.id}`, { reason: '  ' });
    assert.equal(response.status, 422);
    assert.deepEqual(await statusesOf(eventId), ['Ilman:confirmed']);
    const form = await admin.postForm(`/fi/admin/events/${eventId}/registrations/${person.id}/remove`, { reason: '' });
    assert.equal(form.status, 422);
    assert.match(form.text, /field__error/);
  });

  it('opens the seats left in quotas to the waitlist once the release date has come, in registration order', async () => {
    const release = { quotaRelease: { date: '2013-03-15', time: '12:00' } };
    const { eventId, social, technical } = await unitQuotaEvent(3, { social: 1, technical: 2 }, release);
    await register(eventId, 'S1', social);
    await register(eventId, 'S2', social);
    await register(eventId, 'S3', social);
    await register(eventId, 'T1', technical);
    assert.deepEqual(await statusesOf(eventId), ['S1:confirmed', 'S2:waitlisted', 'S3:waitlisted', 'T1:confirmed']);
    clock.set('2013-03-15T10:00:01Z');
    try {
      await register(eventId, 'S4', social);
      assert.deepEqual(await statusesOf(eventId), ['S1:confirmed', 'S2:confirmed', 'S3:waitlisted', 'T1:confirmed', 'S4:waitlisted']);
    } finally {
      clock.set(TEST_NOW);
      // Five days on, the admin's session was idle past its limit, and the hourly retention job may have removed it.
      admin = await test.adminClient();
    }
  });

  it('refuses settings that would take seats already given (422) and promotes when seats are added', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 1 });
    await register(eventId, 'Yksi');
    await register(eventId, 'Kaksi');
    const shrink = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, { registrationMode: 'open', capacity: 0 });
    assert.equal(shrink.status, 422);
    const tooSmall = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, {
      registrationMode: 'open',
      capacity: 1,
      quotaAttribute: 'unit',
      quotas: [{ value: unitId(test, 'technical-services'), seats: 1 }],
    });
    assert.equal(tooSmall.status, 422);
    assert.equal(problemOf(tooSmall).errors?.[0]?.field, 'quotas');
    const grow = await admin.api('PUT', `/api/v1/events/${eventId}/registration-settings`, { registrationMode: 'open', capacity: 2 });
    assert.equal(grow.status, 200);
    assert.deepEqual(await statusesOf(eventId), ['Yksi:confirmed', 'Kaksi:confirmed']);
  });
});
