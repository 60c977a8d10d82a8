import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createUser } from '../accounts/index.ts';
import { createEventWith, registerByApi, TEST_NOW } from './test-support/event-fixtures.ts';

const PASSWORD = 'poistuva-asukas-2013';

describe('deleting an account erases the person from events', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW) });
    admin = await test.adminClient();
  });
  after(() => test.close());

  const rowsOf = (eventId: string) =>
    test.context.db
      .selectFrom('event_registrations')
      .select(['id', 'name', 'email', 'user_id', 'status', 'attribute_value'])
      .where('event_id', '=', eventId)
      .orderBy('seq')
      .execute();

  it('takes the name and address off every registration made with the account or its address, cancels the upcoming one, and leaves others be', async () => {
    const organisationId = test.demo.organisationId as string;
    await createUser(
      test.context.db,
      organisationId,
      { email: 'poistuva@example.fi', displayName: 'Poistuva Asukas', password: PASSWORD, locale: 'fi' },
      new Date(TEST_NOW),
    );
    const person = test.client();
    await person.signIn('poistuva@example.fi', PASSWORD);
    const eventId = await createEventWith(admin, test, { capacity: 10 });
    const own = await registerByApi(person, eventId, { name: 'Poistuva Asukas', email: 'poistuva@example.fi' });
    assert.equal(own.status, 201, own.text);
    const other = await registerByApi(test.client(), eventId, { name: 'Pysyvä Asukas', email: 'pysyva@example.fi' });
    assert.equal(other.status, 201, other.text);
    const exported = await person.get('/fi/account/export');
    assert.match(exported.text, /poistuva@example\.fi/, 'the export shows the registration first');

    const deleted = await person.postForm('/fi/account/delete', { password: PASSWORD });
    assert.equal(deleted.status, 303);
    const rows = await rowsOf(eventId);
    assert.equal(rows.length, 2, 'the event keeps its count of registrations');
    const [erased, kept] = rows;
    assert.equal(erased?.name, '');
    assert.match(erased?.email ?? '', /^erased-[0-9a-f-]+@invalid$/);
    assert.equal(erased?.user_id, null);
    assert.equal(erased?.status, 'cancelled', 'an upcoming seat is given up: no mail waits for a person who is gone');
    assert.equal(kept?.name, 'Pysyvä Asukas');
    assert.equal(kept?.status, 'confirmed');
    const anywhere = await test.context.db
      .selectFrom('event_registrations')
      .select('id')
      .where((eb) => eb.or([eb('email', '=', 'poistuva@example.fi'), eb('name', '=', 'Poistuva Asukas')]))
      .execute();
    assert.deepEqual(anywhere, [], 'nothing of the person is left in any event');
  });
});
