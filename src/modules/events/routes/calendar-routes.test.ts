import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { TEST_NOW } from '../test-support/event-fixtures.ts';
import { parseCalendar } from '../test-support/parse-ical.ts';
import { eventBody } from '../test-support/rush-event.ts';

describe('iCalendar feeds and files', () => {
  let test: TestApp;
  let ids: Record<string, string>;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    ids = test.demo.eventIds as Record<string, string>;
  });
  after(() => test.close());

  it('serves the organisation’s feed as text/calendar that ical.js parses, with the public events only', async () => {
    const response = await test.client().get('/api/v1/events.ics?lang=sv');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const calendar = parseCalendar(response.text);
    const uids = calendar.events.map((event) => event.uid);
    assert.ok(uids.includes(`${ids['residents-event']}@tarina.events`));
    assert.ok(uids.includes(`${ids['raumaviisaat-workshop']}@tarina.events`));
    assert.ok(
      !uids.includes(`${ids['staff-workshop']}@tarina.events`),
      'a staff event is not in a feed a calendar app reads without signing in',
    );
    assert.ok(calendar.events.some((event) => event.summary === 'Invånarevenemang på Raumodagen'));
  });

  it('puts times in UTC with daylight saving right: 12.00 in March is 10.00Z, 14.00 in April 11.00Z', async () => {
    const events = parseCalendar((await test.client().get('/api/v1/processes/rauman-tarina/events.ics')).text).events;
    const start = (id: string) => events.find((event) => event.uid === `${id}@tarina.events`)?.start;
    assert.equal(start(ids['raumaviisaat-workshop']!), '2013-03-08T10:00:00.000Z');
    assert.equal(start(ids['residents-event']!), '2013-04-17T11:00:00.000Z');
  });

  it('gives one event’s file, and after a cancellation the same UID with a higher SEQUENCE and STATUS:CANCELLED', async () => {
    const admin = await test.adminClient();
    const created = await admin.api('POST', '/api/v1/processes/rauman-tarina/events', eventBody());
    const id = created.json<{ id: string }>().id;
    const first = parseCalendar((await test.client().get(`/api/v1/events/${id}.ics`)).text).events[0];
    assert.deepEqual([first?.uid, first?.sequence, first?.status], [`${id}@tarina.events`, 0, 'CONFIRMED']);
    assert.equal((await admin.api('PUT', `/api/v1/events/${id}`, eventBody({ status: 'cancelled' }))).status, 200);
    const response = await test.client().get(`/api/v1/events/${id}.ics`);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename=".+\.ics"/);
    const cancelled = parseCalendar(response.text).events[0];
    assert.deepEqual([cancelled?.uid, cancelled?.sequence, cancelled?.status], [`${id}@tarina.events`, 1, 'CANCELLED']);
  });

  it('answers 404 for an unknown, hidden or overlong event and an unknown process, not 500', async () => {
    for (const path of [
      '/api/v1/events/00000000-0000-0000-0000-000000000000.ics',
      `/api/v1/events/${ids['staff-workshop']}.ics`,
      `/api/v1/events/${'x'.repeat(300)}.ics`,
      '/api/v1/processes/no-such-process/events.ics',
    ]) {
      assert.equal((await test.client().get(path)).status, 404, path);
    }
  });

  it('keeps the JSON event and its calendar file apart in the router', async () => {
    const json = await test.client().get(`/api/v1/events/${ids['residents-event']}`);
    assert.equal(json.json<{ id: string }>().id, ids['residents-event']);
    const file = await test.client().get(`/api/v1/events/${ids['residents-event']}.ics`);
    assert.match(file.text, /^BEGIN:VCALENDAR/);
  });
});
