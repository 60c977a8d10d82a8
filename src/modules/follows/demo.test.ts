import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoAccount } from '../../demo/demo-accounts.ts';
import { LIVE_PROCESS_SLUG, liveState } from '../../demo/rauma-live.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { DEMO_FOLLOWER_EMAIL } from './seed-demo.ts';

describe('follows demo: the live process has its subscribers', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('the resident account follows the live process: its follow page says so', async () => {
    const resident = demoAccount('resident');
    const client = test.client();
    await client.signIn(resident.email, resident.password);
    const page = await client.get(`/fi/processes/${LIVE_PROCESS_SLUG}/follow`);
    assert.equal(page.status, 200, page.text);
    assert.match(page.text, /Seuraat tätä prosessia\./);
  });

  it('one address follows the live process by e-mail, confirmed', async () => {
    const rows = await test.context.db
      .selectFrom('follows')
      .select(['email', 'user_id', 'confirmed_at', 'process_id'])
      .where('organisation_id', '=', test.demo.organisationId!)
      .where('email', '=', DEMO_FOLLOWER_EMAIL)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.user_id, null);
    assert.ok(rows[0]!.confirmed_at, 'the follower by e-mail is confirmed');
    assert.equal(rows[0]!.process_id, liveState(test.demo).processId);
  });
});
