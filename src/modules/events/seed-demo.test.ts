import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { registrationsOf } from './test-support/event-fixtures.ts';

describe('the Rauma 2013 demo events', () => {
  let test: TestApp;
  let ids: Record<string, string>;

  before(async () => {
    test = await startTestApp({ demo: true });
    ids = test.demo.eventIds as Record<string, string>;
  });
  after(() => test.close());

  const eventRow = (id: string) => test.context.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('holds the staff workshop of 22 March 2013: 70 seats split over the units by headcount, registrations and a waitlist', async () => {
    const event = await eventRow(ids['staff-workshop']!);
    assert.deepEqual(
      [event.starts_at, event.registration_mode, event.audience, event.capacity],
      ['2013-03-22T10:00:00.000Z', 'staff', 'staff', 70],
    );
    const quotas = await test.context.db
      .selectFrom('event_quotas')
      .select(['attribute_value', 'seats'])
      .where('event_id', '=', event.id)
      .execute();
    const seatsOf = (key: string) => quotas.find((quota) => quota.attribute_value === test.demo.unitIds![key])?.seats;
    assert.deepEqual(
      [
        'central-administration',
        'social-and-health',
        'education-and-culture',
        'technical-services',
        'environment-and-planning',
        'leisure-services',
      ].map(seatsOf),
      [2, 28, 25, 11, 2, 2],
    );
    const rows = await registrationsOf(test, event.id);
    assert.deepEqual(
      [rows.filter((row) => row.status === 'confirmed').length, rows.filter((row) => row.status === 'waitlisted').length],
      [41, 3],
    );
  });

  it('holds the RAUMAVIISAAT future workshop of 8 March by invitation: a sector’s two seats each, twelve invited, seven registered', async () => {
    const event = await eventRow(ids['raumaviisaat-workshop']!);
    assert.deepEqual(
      [event.starts_at, event.registration_mode, event.quota_attribute],
      ['2013-03-08T10:00:00.000Z', 'invitation', 'sector'],
    );
    const invitations = await test.context.db
      .selectFrom('event_invitations')
      .select(['registration_id'])
      .where('event_id', '=', event.id)
      .execute();
    assert.deepEqual([invitations.length, invitations.filter((row) => row.registration_id).length], [12, 7]);
  });

  it('holds the residents’ event of 17 April with open registration, and links each event to its timeline item', async () => {
    const event = await eventRow(ids['residents-event']!);
    assert.deepEqual([event.starts_at, event.registration_mode, event.audience], ['2013-04-17T11:00:00.000Z', 'open', 'public']);
    for (const id of Object.values(ids)) {
      const row = await eventRow(id);
      const item = await test.context.db
        .selectFrom('timeline_items')
        .select('starts_on')
        .where('id', '=', row.timeline_item_id ?? '')
        .executeTakeFirst();
      assert.equal(item?.starts_on, row.starts_at.slice(0, 10), `${id} is linked to its timeline item`);
    }
  });
});
