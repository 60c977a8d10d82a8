import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { eventsModule } from '../module.ts';
import { createEventWith, registerByApi, registrationsOf, TEST_NOW } from '../test-support/event-fixtures.ts';

describe('the events write use cases are actions, each declared once for the form and the API', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('serves the twins of a page form and an API write from one declaration', () => {
    const actions = new Map((eventsModule.actions ?? []).map((action) => [action.name, action]));
    const twins = [
      ['events.event.create', 'POST /processes/:slug/events', '/admin/events/new'],
      ['events.event.update', 'PUT /events/:id', '/admin/events/:id/edit'],
      ['events.settings.update', 'PUT /events/:id/registration-settings', '/admin/events/:id/registration'],
      ['events.invitation.send', 'POST /events/:id/invitations', '/admin/events/:id/invitations'],
      ['events.registration.register', 'POST /events/:id/registrations', '/events/:id/register'],
      [
        'events.registration.move',
        'POST /events/:id/registrations/:registrationId/move',
        '/admin/events/:id/registrations/:registrationId/move',
      ],
      [
        'events.registration.remove',
        'DELETE /events/:id/registrations/:registrationId',
        '/admin/events/:id/registrations/:registrationId/remove',
      ],
    ];
    for (const [name, api, page] of twins) {
      const action = actions.get(name as string);
      assert.ok(action, `${name} is declared`);
      assert.equal(`${action.api?.method} ${action.api?.url}`, api);
      assert.equal(action.page?.url, page);
    }
  });

  it('answers a registration form for a cancelled event with the error page (409) and its reason, not the form again', async () => {
    const eventId = await createEventWith(admin, test, {}, { status: 'cancelled' });
    const response = await test.client().postForm(`/fi/events/${eventId}/register`, { name: 'Myöhäinen', email: 'myohainen@example.com' });
    assert.equal(response.status, 409);
    assert.ok(response.text.includes('Tapahtuma on peruttu, joten siihen ei voi ilmoittautua.'), 'the reason is shown');
    assert.ok(!response.text.includes('name="email"'), 'no registration form on the error page');
    assert.equal((await registrationsOf(test, eventId)).length, 0);
  });

  it('keeps each surface’s answer for a registration already removed: the page’s form is gone (404), the API says so (409)', async () => {
    const eventId = await createEventWith(admin, test, { capacity: 5 });
    const registered = await registerByApi(test.client(), eventId, { name: 'Poistettava', email: 'poistettava@example.com' });
    const { id } = registered.json<{ id: string }>();
    const path = `/api/v1/events/${eventId}/registrations/${id}`;
    assert.equal((await admin.api('DELETE', path, { reason: 'Ilmoitti puhelimitse' })).status, 204);
    assert.equal((await admin.api('DELETE', path, { reason: 'Toiseen kertaan' })).status, 409);
    const form = await admin.postForm(`/fi/admin/events/${eventId}/registrations/${id}/remove`, { reason: 'Vielä kerran' });
    assert.equal(form.status, 404);
  });
});
