import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { requestInvitations } from './jobs/send-invitations.ts';
import { hashPassword } from './passwords.ts';
import { importStaff } from './staff-import/import-staff.ts';

const PASSWORD = 'a long imported passphrase';

type ExportedRequest = { source: string; requestedAt: string; attempts: number; nextAttemptAt: string | null };

describe('what the staff import and the invitations keep about a person: in their export, gone with them', () => {
  let test: TestApp;
  before(async () => {
    // No job runner: the marks and requests must still be waiting when the person looks.
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
  });
  after(() => test.close());

  const db = () => test.context.db;
  const organisationId = () => test.demo.organisationId as string;

  /** Imports one new person (marked for the import's invitation batch) and lets them sign in with a password. */
  async function importedPerson(email: string): Promise<string> {
    const unitId = Object.values(test.demo.unitIds ?? {})[0] as string;
    const csv = `sähköposti;nimi;yksikkö;rooli;kieli\n${email};Tuotu Henkilö;${unitId};analyst;fi\n`;
    const result = await importStaff(test.context, {
      organisationId: organisationId(),
      organisationName: { fi: 'Rauma' },
      actorId: test.demo.adminUserId as string,
      baseUrl: test.baseUrl,
      bytes: new TextEncoder().encode(csv),
      deactivateMissing: false,
      commit: true,
    });
    assert.equal(result.committed, true, JSON.stringify(result.plan.problems));
    const id = result.invite[0] as string;
    await db()
      .updateTable('users')
      .set({ password_hash: await hashPassword(PASSWORD) })
      .where('id', '=', id)
      .execute();
    return id;
  }

  async function signedIn(email: string) {
    const client = test.client();
    assert.equal((await client.postForm('/fi/sign-in', { email, password: PASSWORD })).status, 303);
    client.resetCsrf();
    return client;
  }

  it('lists the import’s waiting invitation and the send button’s request in the person’s export', async () => {
    const userId = await importedPerson('tuotu.vienti@rauma.example');
    const admin = await test.adminClient();
    assert.equal((await admin.postForm(`/fi/admin/users/${userId}/invitation`, {})).status, 303);
    const client = await signedIn('tuotu.vienti@rauma.example');
    const response = await client.get('/fi/account/export');
    assert.equal(response.status, 200);
    const data = response.json<{
      accounts: {
        invitationRequests: ExportedRequest[];
        invitations: unknown[];
        roles: Array<{ role: string }>;
        auditEntries: Array<{ action: string; details: Record<string, unknown> }>;
      };
    }>();
    assert.deepEqual(
      data.accounts.invitationRequests.map((request) => request.source),
      ['staffImport', 'request'],
    );
    assert.deepEqual(data.accounts.invitations, [], 'none mailed yet');
    assert.deepEqual(
      data.accounts.roles.map((grant) => grant.role),
      ['analyst'],
    );
    const imported = data.accounts.auditEntries.filter((entry) => entry.details.via === 'staff-import').map((entry) => entry.action);
    assert.deepEqual(imported.sort(), ['accounts.role.grant', 'accounts.user.place']);
    assert.doesNotMatch(response.text, new RegExp(test.demo.adminUserId as string), 'who asked is another person: left out');
  });

  it('erases the person’s marks and requests with their account, and the id of the person from requests they made', async () => {
    const userId = await importedPerson('tuotu.poisto@rauma.example');
    const other = await importedPerson('tuotu.jaava@rauma.example');
    await requestInvitations(
      db(),
      { organisationId: organisationId(), organisationName: { fi: 'Rauma' }, userIds: [userId], actorId: null },
      test.context.clock.now(),
    );
    // As if the leaving person had been the admin who asked for another's invitation.
    await requestInvitations(
      db(),
      { organisationId: organisationId(), organisationName: { fi: 'Rauma' }, userIds: [other], actorId: userId },
      test.context.clock.now(),
    );
    const client = await signedIn('tuotu.poisto@rauma.example');
    const deleted = await client.postForm('/fi/account/delete', { password: PASSWORD });
    assert.equal(deleted.status, 303);
    assert.deepEqual(await db().selectFrom('account_invitation_requests').select('user_id').where('user_id', '=', userId).execute(), []);
    assert.deepEqual(
      await db().selectFrom('account_invitation_requests').select('user_id').where('actor_user_id', '=', userId).execute(),
      [],
    );
    assert.equal(
      (await db().selectFrom('account_invitation_requests').select('user_id').where('user_id', '=', other).execute()).length,
      1,
      'the other person’s invitation still waits',
    );
    assert.equal(await db().selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst(), undefined);
    const batches = await db().selectFrom('account_invitation_batches').selectAll().execute();
    assert.equal(JSON.stringify(batches).includes(userId), false, 'no batch names the deleted person');
  });
});
