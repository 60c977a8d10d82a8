import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { PARTICIPANT_COOKIE } from '../../platform/participation/participant.ts';
import { fewestStatements } from '../../platform/testing/fewest-statements.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createEventWith, registerByApi, registrationsOf, TEST_NOW } from './test-support/event-fixtures.ts';

// A browser registers for the process's events without an account, on the page and through the
// API, then opens "My participation" with the same cookie jar and with others (real HTTP).

describe("my participation lists this browser's event registrations without an account", () => {
  let test: TestApp;
  let browser: TestClient;
  let page: string;
  let residentsEvent: string;
  let fullEvent: string;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    page = `/fi/processes/${test.demo.processSlug}/my-participation`;
    residentsEvent = (test.demo.eventIds as Record<string, string>)['residents-event'] as string;
    const admin = await test.adminClient();
    fullEvent = await createEventWith(admin, test, { capacity: 1 }, { title: { fi: 'Pieni iltapaja', sv: 'Liten kvällsverkstad' } });
    assert.equal((await registerByApi(test.client(), fullEvent, { name: 'Eka', email: 'eka@example.com' })).status, 201);

    browser = test.client();
    const registered = await browser.postForm(`/fi/events/${residentsEvent}/register`, { name: 'Matti', email: 'matti@example.com' });
    assert.equal(registered.status, 303, registered.text);
    const waiting = await registerByApi(browser, fullEvent, { name: 'Liisa', email: 'liisa@example.com' });
    assert.equal(waiting.status, 201, waiting.text);
    assert.equal(waiting.json<{ status: string }>().status, 'waitlisted');
  });
  after(() => test.close());

  it('shows the registration and the waitlist place to the same browser, linked to the event pages, without signing in', async () => {
    const response = await browser.get(page);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const text = response.text;
    assert.match(text, /Asukastapahtuma[^<]*<\/h2>\s*<p>Ilmoittauduit tapahtumaan/);
    assert.match(text, /Pieni iltapaja<\/h2>\s*<p>Olet tapahtuman varasijalla/);
    assert.match(text, new RegExp(`href="/fi/events/${residentsEvent}">Katso tapahtuma`));
    assert.match(text, new RegExp(`href="/fi/events/${fullEvent}">Katso tapahtuma`));
    assert.doesNotMatch(text, /\/registrations\//, 'never the personal link, which opens and cancels the registration');
    assert.equal([...text.matchAll(/<li data-kind="event"/g)].length, 2);
  });

  it('keeps the pseudonym only on registrations made without an account', async () => {
    const rows = await registrationsOf(test, fullEvent);
    assert.deepEqual(
      rows.map((row) => [row.name, row.browser_key !== null]),
      [
        ['Eka', true],
        ['Liisa', true],
      ],
    );
    assert.notEqual(rows[0]?.browser_key, rows[1]?.browser_key, 'two browsers, two pseudonyms');
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    assert.equal((await registerByApi(resident, residentsEvent, {})).status, 201);
    const theirs = (await registrationsOf(test, residentsEvent)).find((row) => row.user_id !== null);
    assert.equal(theirs?.browser_key, null);
  });

  it('shows nothing of it to another browser, a forged cookie, or the other registrant of the same event', async () => {
    const fresh = await test.client().get(page);
    assert.equal(fresh.status, 200);
    assert.doesNotMatch(fresh.text, /data-kind=/);
    const forged = await test.client({ cookie: `${PARTICIPANT_COOKIE}=${'a'.repeat(43)}.forged` }).get(page);
    assert.doesNotMatch(forged.text, /data-kind=/);
    const other = test.client();
    assert.equal(
      (await other.postForm(`/fi/events/${residentsEvent}/register`, { name: 'Pekka', email: 'pekka@example.com' })).status,
      303,
    );
    const theirs = (await other.get(page)).text;
    assert.equal([...theirs.matchAll(/<li data-kind="event"/g)].length, 1);
    assert.doesNotMatch(theirs, /Pieni iltapaja/);
  });

  it('reads the page with the same number of statements however many events the browser registered for', async () => {
    const count = () =>
      fewestStatements(test.queries, async () => {
        assert.equal((await browser.get(page)).status, 200);
      });
    const before = await count();
    const admin = await test.adminClient();
    for (let index = 0; index < 3; index += 1) {
      const another = await createEventWith(admin, test, {}, { title: { fi: `Lisätapahtuma ${index}` } });
      assert.equal((await registerByApi(browser, another, { name: 'Matti', email: `matti${index}@example.com` })).status, 201);
    }
    assert.equal(await count(), before);
    assert.equal([...(await browser.get(page)).text.matchAll(/<li data-kind="event"/g)].length, 5);
  });

  it('drops a registration once it is cancelled, and marks the rest as this browser’s once it signs in', async () => {
    const registered = await browser.postForm(`/fi/events/${fullEvent}/register`, { name: 'Toinen', email: 'toinen@example.com' });
    assert.equal(registered.status, 303);
    assert.equal([...(await browser.get(page)).text.matchAll(/<li data-kind="event"/g)].length, 6);
    assert.equal((await browser.postForm(`${registered.location}/cancel`, {})).status, 303);
    assert.equal([...(await browser.get(page)).text.matchAll(/<li data-kind="event"/g)].length, 5);

    await browser.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const text = (await browser.get(page)).text;
    assert.match(text, /Pieni iltapaja<\/h2>\s*<p>Olet tapahtuman varasijalla · <time[^>]*>[^<]*<\/time> · Tällä selaimella kirjautumatta/);
  });
});
