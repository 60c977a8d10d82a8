import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { createAccount } from '../../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { importStaff } from '../staff-import/import-staff.ts';
import { deactivateUser } from './deactivate-user.ts';
import { setUserRoles } from './set-user-roles.ts';

/**
 * Two admins removing each other at the same moment must not both succeed: the
 * organisation would be left without an admin. Each round makes the organisation's
 * admins exactly two fresh people and races two removals of them; on PostgreSQL the
 * removals run on two connections of the pool at once.
 */
describe('the last admin under concurrent removals', () => {
  let test: TestApp;
  const organisationId = () => test.demo.organisationId as string;

  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  /** Makes the organisation's admins exactly two new accounts; answers their ids. */
  async function twoAdmins(round: string): Promise<[string, string]> {
    await test.context.db
      .deleteFrom('role_grants')
      .where('organisation_id', '=', organisationId())
      .where('role', '=', 'org_admin')
      .where('scope_type', '=', 'organisation')
      .execute();
    const first = await createAccount(test, `admin-a-${round}`, { roles: ['org_admin'] });
    const second = await createAccount(test, `admin-b-${round}`, { roles: ['org_admin'] });
    return [first.userId, second.userId];
  }

  async function activeAdmins(): Promise<string[]> {
    const rows = await test.context.db
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .select('users.id')
      .where('role_grants.organisation_id', '=', organisationId())
      .where('role_grants.role', '=', 'org_admin')
      .where('role_grants.scope_type', '=', 'organisation')
      .where('users.deactivated_at', 'is', null)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Exactly one of the two removals went through; the other was refused as the last admin's. */
  function assertOneRefused(outcomes: PromiseSettledResult<void>[], key: string): void {
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    assert.equal(refused.length, 1, `one removal refused, got ${outcomes.map((outcome) => outcome.status).join(', ')}`);
    const reason = (refused[0] as PromiseRejectedResult).reason;
    assert.ok(reason instanceof Refusal, String(reason));
    assert.equal(reason.kind, 'conflict');
    assert.equal(reason.messageKey, key);
  }

  const actorOf = (userId: string) => ({
    organisationId: organisationId(),
    userId,
    grants: [{ role: 'org_admin' as const, scopeType: 'organisation' as const, scopeId: '' }],
  });

  it('two admins deactivating each other at once: one stays', async () => {
    for (const round of ['1', '2', '3', '4']) {
      const [a, b] = await twoAdmins(`deactivate-${round}`);
      const outcomes = await Promise.allSettled([
        deactivateUser(test.context, { organisationId: organisationId(), userId: b, actorId: a }),
        deactivateUser(test.context, { organisationId: organisationId(), userId: a, actorId: b }),
      ]);
      assertOneRefused(outcomes, 'accounts.status.lastAdmin');
      assert.equal((await activeAdmins()).length, 1);
    }
  });

  it('an admin demoted while the other is deactivated at once: one stays', async () => {
    for (const round of ['1', '2', '3', '4']) {
      const [a, b] = await twoAdmins(`demote-${round}`);
      const outcomes = await Promise.allSettled([
        setUserRoles(test.context.db, actorOf(a), a, [], test.context.clock.now()),
        deactivateUser(test.context, { organisationId: organisationId(), userId: a, actorId: b }),
        deactivateUser(test.context, { organisationId: organisationId(), userId: b, actorId: a }),
      ]);
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected').length;
      assert.ok(refused >= 1, 'not every removal can go through');
      assert.equal((await activeAdmins()).length, 1, 'exactly one active admin is left');
    }
  });

  it('an import that deactivates the people it leaves out cannot take the last admin while an admin deactivates the other', async () => {
    const [a, b] = await twoAdmins('import');
    const unit = test.demo.unitIds?.['central-administration'] as string;
    await test.context.db.updateTable('users').set({ unit_id: unit }).where('id', 'in', [a, b]).execute();
    const file = new TextEncoder().encode('email;name;unit\nsomeone.new@rauma.example;Someone New;Konsernipalvelut\n');
    const [imported, deactivated] = await Promise.allSettled([
      importStaff(test.context, {
        organisationId: organisationId(),
        organisationName: { fi: 'Rauma' },
        actorId: null,
        bytes: file,
        deactivateMissing: true,
        commit: true,
      }),
      deactivateUser(test.context, { organisationId: organisationId(), userId: b, actorId: a }),
    ]);
    assert.equal(imported.status, 'fulfilled', String((imported as PromiseRejectedResult).reason));
    assert.equal((await activeAdmins()).length, 1, 'exactly one active admin is left');
    if (deactivated.status === 'rejected') assert.equal((deactivated.reason as Refusal).messageKey, 'accounts.status.lastAdmin');
  });
});
