import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../modules/accounts/index.ts';
import { createEventWith, registerByApi, TEST_NOW } from '../../modules/events/test-support/event-fixtures.ts';
import { fixedClock } from '../clock.ts';
import type { DatabaseTarget } from '../config.ts';
import { erasedSubjectHash } from '../erasures.ts';
import { everyTableAsText, findNeedles } from '../testing/every-table.ts';
import { runTarina } from '../testing/run-tarina.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient } from '../testing/test-client.ts';

/** Runs `tarina …` as an operator would. */
const tarina = (target: DatabaseTarget, args: string[]) => runTarina(target, args);

const PASSWORD = 'varmuuskopion-jalkeen-poistuva';

describe('backups: an account deleted after the backup stays erased after a restore', () => {
  let test: TestApp;
  let admin: TestClient;
  let folder: string;
  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock(TEST_NOW), environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-erasure-restore-'));
  });
  after(async () => {
    await test.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** Creates an account that registers for an event, signed in; answers its id and client. */
  async function personWithRegistration(key: string, eventId: string) {
    const email = `${key}@example.fi`;
    const name = `Poistuva ${key}`;
    const userId = await createUser(
      test.context.db,
      test.demo.organisationId as string,
      { email, displayName: name, password: PASSWORD, locale: 'fi' },
      new Date(TEST_NOW),
    );
    const client = test.client({ 'accept-language': 'fi' });
    await client.signIn(email, PASSWORD);
    const registered = await registerByApi(client, eventId, { name, email });
    assert.equal(registered.status, 201, registered.text);
    return { userId, email, name, client };
  }

  it('restores the backup, then erases again the account deleted after it, and keeps the list', async () => {
    const target = test.context.config.database;
    const organisationId = test.demo.organisationId as string;
    const eventId = await createEventWith(admin, test, { capacity: 10 });
    const early = await personWithRegistration('ennen-varmuuskopiota', eventId);
    assert.equal((await early.client.postForm('/fi/account/delete', { password: PASSWORD })).status, 303);
    const late = await personWithRegistration('varmuuskopion-jalkeen', eventId);
    const stays = await personWithRegistration('pysyva-asukas', eventId);

    const file = path.join(folder, 'before-deletion.backup');
    const backup = await tarina(target, ['backup', file]);
    assert.equal(backup.code, 0, backup.stderr);

    assert.equal((await late.client.postForm('/fi/account/delete', { password: PASSWORD })).status, 303);
    const listed = await test.context.db.selectFrom('erased_subjects').selectAll().where('organisation_id', '=', organisationId).execute();
    assert.deepEqual(
      listed.map((row) => row.subject_hash).sort(),
      [erasedSubjectHash(organisationId, early.userId), erasedSubjectHash(organisationId, late.userId)].sort(),
      'each deletion is on the list, by a hash of the ids only',
    );

    const restore = await tarina(target, ['restore', file]);
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /Restored the (SQLite|PostgreSQL) database from /);
    assert.match(restore.stdout, /Erased again 1 accounts deleted after the backup was made\./);

    const users = await test.context.db.selectFrom('users').select('id').where('organisation_id', '=', organisationId).execute();
    const ids = new Set(users.map((user) => user.id));
    assert.equal(ids.has(late.userId), false, 'the account deleted after the backup is gone again');
    assert.equal(ids.has(stays.userId), true, 'the others are as the backup had them');
    const residue = findNeedles(
      await everyTableAsText(test.context.db, test.engine),
      { email: late.email, name: late.name, userId: late.userId },
      (table, what) => table === 'audit_log' && what === 'userId',
    );
    assert.deepEqual(residue, [], 'nothing of the erased person is back');
    const registrations = await test.context.db
      .selectFrom('event_registrations')
      .select(['name'])
      .where('event_id', '=', eventId)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      registrations.map((row) => row.name),
      ['', '', stays.name],
      'the erased registrations stay as anonymous rows of the count',
    );
    const after = await test.context.db
      .selectFrom('erased_subjects')
      .select('subject_hash')
      .where('organisation_id', '=', organisationId)
      .execute();
    assert.equal(after.length, 2, 'the restored database keeps the whole list, for the next restore');
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', late.userId)
      .where('action', '=', 'accounts.account.delete')
      .execute();
    assert.ok(audit.some((row) => row.details.includes('reappliedAfterRestore')));

    const again = await tarina(target, ['restore', file]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /Erased again 1 accounts/, 'a second restore of the same backup erases again too');
    const verify = await tarina(target, ['audit', 'verify']);
    assert.equal(verify.code, 0, `${verify.stdout}${verify.stderr}`);
  });
});
