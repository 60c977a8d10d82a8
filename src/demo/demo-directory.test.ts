import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../platform/testing/test-app.ts';
import { demoAccount } from './demo-accounts.ts';
import { DEMO_DIRECTORY, DEMO_SEATS } from './demo-directory.ts';
import { raumaBodies, raumaUnits } from './rauma-2013.ts';

interface PublicBody {
  id: string;
  members: Array<{ personName: string | null; seatRole: string }>;
}

describe('the demo staff directory and its council and board seats', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('places a few dozen passwordless staff, named by role, in every work community, with a manager per department', async () => {
    const organisationId = test.demo.organisationId as string;
    const staff = DEMO_DIRECTORY.filter((account) => account.unitKey);
    assert.ok(staff.length >= 36, `${staff.length} staff`);
    const rows = await test.context.db
      .selectFrom('users')
      .select(['id', 'email', 'password_hash', 'unit_id', 'display_name'])
      .where('organisation_id', '=', organisationId)
      .where(
        'email',
        'in',
        DEMO_DIRECTORY.map((account) => account.email),
      )
      .execute();
    assert.equal(rows.length, DEMO_DIRECTORY.length);
    assert.ok(rows.every((row) => row.password_hash === null && row.email.endsWith('@demo.tarina.invalid')));
    const unitIds = test.demo.unitIds ?? {};
    const placed = new Set(rows.map((row) => row.unit_id));
    for (const unit of raumaUnits) for (const community of unit.children) assert.ok(placed.has(unitIds[community.key]!), community.key);
    const grants = await test.context.db
      .selectFrom('role_grants')
      .select(['user_id', 'scope_id'])
      .where('organisation_id', '=', organisationId)
      .where('role', '=', 'unit_manager')
      .where('scope_type', '=', 'unit')
      .execute();
    for (const unit of raumaUnits) {
      const manager = test.demo.userIds?.[`unit-manager-${unit.key}`];
      assert.ok(manager, unit.key);
      assert.ok(
        grants.some((grant) => grant.user_id === manager && grant.scope_id === unitIds[unit.key]),
        `${unit.key} has its manager`,
      );
    }
  });

  it('seats the council’s and the board’s chairs and members in both processes, shown by their role names', async () => {
    for (const slug of ['rauman-tarina', (test.demo.live as { processSlug: string }).processSlug]) {
      const response = await test.client().api('GET', `/api/v1/processes/${slug}/bodies?limit=100`);
      assert.equal(response.status, 200, response.text);
      const items = response.json<{ items: Array<PublicBody & { name: { fi: string } }> }>().items;
      for (const bodyKey of ['council', 'board'] as const) {
        const name = raumaBodies.find((body) => body.key === bodyKey)!.name.fi;
        const body = items.find((item) => item.name.fi === name);
        assert.ok(body, `${slug} has ${name}`);
        const seated = body.members.filter((member) => member.personName).map((member) => [member.seatRole, member.personName]);
        const expected = DEMO_SEATS.filter((seat) => seat.bodyKey === bodyKey).map((seat) => [
          seat.seatRole,
          DEMO_DIRECTORY.find((account) => account.key === seat.accountKey)?.displayName ?? demoAccount(seat.accountKey).displayName,
        ]);
        assert.deepEqual(seated, expected);
      }
    }
  });

  it('lets the demo councillor sign in and see the seats at /account/seats', async () => {
    const councillor = test.client();
    const account = demoAccount('councillor-1');
    await councillor.signIn(account.email, account.password);
    const page = await councillor.get('/fi/account/seats');
    assert.equal(page.status, 200);
    assert.match(page.text, /Kaupunginvaltuusto/, 'the council seat is listed');
    assert.doesNotMatch(page.text, /Kaupunginhallitus</, 'the board seat is not theirs');
  });
});
