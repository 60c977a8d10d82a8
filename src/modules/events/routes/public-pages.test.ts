import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createEventWith, TEST_NOW } from '../test-support/event-fixtures.ts';

describe('public event pages work without JavaScript', () => {
  let test: TestApp;
  let ids: Record<string, string>;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    ids = test.demo.eventIds as Record<string, string>;
  });
  after(() => test.close());

  it('lists the organisation’s events month by month, upcoming first, with the feed to subscribe to, in each language', async () => {
    const fi = await test.client().get('/fi/events');
    assert.equal(fi.status, 200);
    assert.match(fi.text, /<h1>Tapahtumakalenteri<\/h1>/);
    assert.match(fi.text, /href="\/api\/v1\/events.ics\?lang=fi"/);
    assert.ok(fi.text.indexOf('Asukastapahtuma') > fi.text.indexOf('Tulevat tapahtumat'));
    assert.ok(
      fi.text.indexOf('RAUMAVIISAAT-tulevaisuustyöpaja') > fi.text.indexOf('Menneet tapahtumat'),
      'the 8 March workshop is past on 10 March',
    );
    assert.ok(!fi.text.includes('Henkilöstötyöpaja'), 'a staff event is not shown to visitors');
    const sv = await test.client().get('/sv/processes/rauman-tarina/events');
    assert.match(sv.text, /Invånarevenemang på Raumodagen/);
  });

  it('links the process timeline to the pages of its public events, and not to staff-only ones', async () => {
    const timeline = await test.client().get('/fi/processes/rauman-tarina/timeline');
    assert.equal(timeline.status, 200);
    assert.match(timeline.text, new RegExp(`href="/fi/events/${ids['residents-event']}"[^>]*>Tapahtuman sivu ja ilmoittautuminen`));
    assert.ok(!timeline.text.includes(`/fi/events/${ids['staff-workshop']}"`), 'the staff workshop is not linked for visitors');
    const sv = await test.client().get('/sv/processes/rauman-tarina/timeline');
    assert.match(sv.text, new RegExp(`href="/sv/events/${ids['residents-event']}"`));
  });

  it('shows a new event’s link on the timeline at once, though visitors get the timeline from the render cache', async () => {
    const item = await test.context.db
      .selectFrom('timeline_items')
      .select('id')
      .where('process_id', '=', test.demo.processId ?? '')
      .where('starts_on', '=', '2013-03-22')
      .executeTakeFirstOrThrow();
    await test.client().get('/fi/processes/rauman-tarina/timeline');
    const eventId = await createEventWith(await test.adminClient(), test, {}, { timelineItemId: item.id });
    const timeline = await test.client().get('/fi/processes/rauman-tarina/timeline');
    assert.match(timeline.text, new RegExp(`href="/fi/events/${eventId}"`));
  });

  it('shows an event with its facts, seats, calendar file, a link to the process timeline and an open registration form', async () => {
    const page = await test.client().get(`/fi/events/${ids['residents-event']}`);
    assert.equal(page.status, 200);
    for (const text of [
      'keskiviikko 17. huhtikuuta 2013',
      'Rauman Kauppatori',
      'Paikkoja 150',
      `/api/v1/events/${ids['residents-event']}.ics?lang=fi`,
      '/fi/processes/rauman-tarina/timeline',
      'Saavutettavuustarpeet',
      'action="/fi/events/',
    ]) {
      assert.ok(page.text.includes(text), `the page shows ${text}`);
    }
  });

  it('keeps what was typed and shows each error at its field and in the summary (422)', async () => {
    const response = await test
      .client()
      .postForm(`/fi/events/${ids['residents-event']}/register`, { name: 'Maija', email: 'maija(at)example.com' });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, /id="field-email-error"/);
    assert.match(response.text, /value="Maija"/);
  });

  it('registers from the form to a personal page that shows the status and cancels with one button', async () => {
    const visitor = test.client();
    const registered = await visitor.postForm(`/fi/events/${ids['residents-event']}/register`, {
      name: 'Matti',
      email: 'matti@example.com',
    });
    assert.equal(registered.status, 303);
    const own = await visitor.get(registered.location!);
    assert.match(own.text, /Sinulla on paikka/);
    const cancelled = await visitor.postForm(`${registered.location}/cancel`, {});
    assert.equal(cancelled.status, 303);
    const after = await visitor.get(cancelled.location!);
    assert.match(after.text, /Ilmoittautumisesi peruttiin/);
    assert.match(after.text, /on peruttu/);
    assert.doesNotMatch(after.text, /Peru ilmoittautumiseni/);
  });

  it('says why registration is not possible instead of showing a form: closed, by invitation, staff only', async () => {
    const past = await test.client().get(`/fi/events/${ids['raumaviisaat-workshop']}`);
    assert.match(past.text, /Ilmoittautuminen tähän tapahtumaan on päättynyt/);
    const admin = await test.adminClient();
    const invitationOnly = await createEventWith(admin, test, { registrationMode: 'invitation', capacity: 5 });
    assert.match((await test.client().get(`/fi/events/${invitationOnly}`)).text, /henkilökohtaisella kutsulinkillä/);
    const staffOnly = await createEventWith(admin, test, { registrationMode: 'staff', capacity: 5 });
    const page = await test.client().get(`/fi/events/${staffOnly}`);
    assert.match(page.text, /href="\/fi\/sign-in\?next=/);
    assert.doesNotMatch(page.text, /action="\/fi\/events\/[^"]+\/register"/);
  });

  it('answers 404 for unknown or foreign events and registration links, in the page’s language', async () => {
    assert.equal((await test.client().get('/sv/events/00000000-0000-0000-0000-000000000000')).status, 404);
    assert.equal((await test.client().get(`/fi/events/${ids['staff-workshop']}`)).status, 404);
    const unknownLink = await test.client().get('/en/registrations/not-a-real-token');
    assert.equal(unknownLink.status, 404);
    const forged = await test.client().get(`/fi/events/${ids['raumaviisaat-workshop']}/invitations/forged-token`);
    assert.equal(forged.status, 404);
    assert.match(forged.text, /Kutsulinkkiä ei tunnistettu/);
  });
});
