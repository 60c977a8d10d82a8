import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { authenticate } from './modules/accounts/index.ts';
import type { DatabaseTarget } from './platform/config.ts';
import { type DatabaseHandle, openDatabase } from './platform/db/database.ts';
import { runTarina } from './platform/testing/run-tarina.ts';
import { createTestDatabase } from './platform/testing/test-database.ts';

/** Runs `tarina …` as a child process from /, the way an operator would. */
const tarina = (target: DatabaseTarget, args: string[], environment: Record<string, string> = {}) =>
  runTarina(target, args, { environment, cwd: '/' });

describe('the tarina command line', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DatabaseHandle;

  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await handle?.close();
    await database.drop();
  });

  const organisationBySlug = (slug: string) =>
    handle.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();

  it('shows its help, and answers unknown commands and options with exit code 2', async () => {
    const help = await tarina(database.target, ['help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: tarina <command>/);
    const unknown = await tarina(database.target, ['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command: frobnicate/);
    assert.equal((await tarina(database.target, [])).code, 2);
    const badOption = await tarina(database.target, ['admin', 'create', '--email', 'a@b.fi', '--colour', 'red']);
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /--colour/);
  });

  it('migrates the database, and says so when it is already up to date', async () => {
    const first = await tarina(database.target, ['migrate']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Applied \d+ migrations/);
    assert.match(first.stdout, /accounts-create/);
    const second = await tarina(database.target, ['migrate']);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /The database is up to date/);
    handle = openDatabase(database.target);
  });

  it('refuses bad admin arguments with exit code 2 and creates nothing', async () => {
    const noEmail = await tarina(database.target, ['admin', 'create']);
    assert.equal(noEmail.code, 2);
    assert.match(noEmail.stderr, /needs --email/);
    const badEmail = await tarina(database.target, ['admin', 'create', '--email', 'not-an-address']);
    assert.equal(badEmail.code, 2);
    assert.match(badEmail.stderr, /--email/);
    const noOrganisation = await tarina(database.target, ['admin', 'create', '--email', 'paakayttaja@rauma.invalid']);
    assert.equal(noOrganisation.code, 2);
    assert.match(noOrganisation.stderr, /--organisation-name and --organisation-slug/);
    const shortPassword = await tarina(
      database.target,
      ['admin', 'create', '--email', 'paakayttaja@rauma.invalid', '--organisation-name', 'Rauma', '--organisation-slug', 'rauma'],
      { TARINA_ADMIN_PASSWORD: 'short' },
    );
    assert.equal(shortPassword.code, 2);
    assert.match(shortPassword.stderr, /TARINA_ADMIN_PASSWORD/);
    assert.equal(await handle.db.selectFrom('organisations').select('id').executeTakeFirst(), undefined);
  });

  it('creates the first organisation and its admin, printing a generated password once', async () => {
    const result = await tarina(database.target, [
      'admin',
      'create',
      '--email',
      'Paakayttaja@Rauma.invalid',
      '--name',
      'Kaupungin pääkäyttäjä',
      '--organisation-name',
      'Rauman kaupunki',
      '--organisation-slug',
      'rauma',
      '--host',
      'tarina.rauma.invalid',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const password = /Password \(shown only this once\): (\S+)/.exec(result.stdout)?.[1];
    assert.ok(password && password.length >= 20);
    const organisation = await organisationBySlug('rauma');
    assert.ok(organisation);
    assert.equal(organisation.is_default, 1);
    const hosts = await handle.db.selectFrom('organisation_hosts').select('host').where('organisation_id', '=', organisation.id).execute();
    assert.deepEqual(hosts, [{ host: 'tarina.rauma.invalid' }]);
    const userId = await authenticate(handle.db, organisation.id, 'paakayttaja@rauma.invalid', password, new Date());
    assert.ok(userId, 'the printed password signs in');
    const grants = await handle.db.selectFrom('role_grants').select(['role', 'scope_type']).where('user_id', '=', userId).execute();
    assert.deepEqual(grants, [{ role: 'org_admin', scope_type: 'organisation' }]);
  });

  it('takes the password from TARINA_ADMIN_PASSWORD without printing it, and refuses a taken address', async () => {
    const environment = { TARINA_ADMIN_PASSWORD: 'a long admin passphrase' };
    const result = await tarina(database.target, ['admin', 'create', '--email', 'toinen@rauma.invalid'], environment);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /Password|passphrase/);
    const organisation = await organisationBySlug('rauma');
    assert.ok(await authenticate(handle.db, organisation?.id ?? '', 'toinen@rauma.invalid', 'a long admin passphrase', new Date()));
    const again = await tarina(database.target, ['admin', 'create', '--email', 'toinen@rauma.invalid'], environment);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
    const unknown = await tarina(
      database.target,
      ['admin', 'create', '--email', 'x@y.invalid', '--organisation-slug', 'ei-ole'],
      environment,
    );
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no organisation with the slug ei-ole/);
  });

  it('creates further organisations with their hosts; a taken slug is refused with 1, a bad one with 2', async () => {
    const created = await tarina(database.target, [
      'organisations',
      'create',
      '--slug',
      'eurajoki',
      '--name',
      'Eurajoen kunta',
      '--host',
      'a.invalid',
      '--host',
      'b.invalid',
    ]);
    assert.equal(created.code, 0, created.stderr);
    const organisation = await organisationBySlug('eurajoki');
    assert.ok(organisation);
    assert.equal(organisation.is_default, 0);
    const hosts = await handle.db
      .selectFrom('organisation_hosts')
      .select('host')
      .where('organisation_id', '=', organisation.id)
      .orderBy('host')
      .execute();
    assert.deepEqual(
      hosts.map((row) => row.host),
      ['a.invalid', 'b.invalid'],
    );
    assert.equal((await tarina(database.target, ['organisations', 'create', '--slug', 'eurajoki', '--name', 'Toinen'])).code, 1);
    const takenHost = await tarina(database.target, ['organisations', 'create', '--slug', 'pori', '--name', 'Pori', '--host', 'a.invalid']);
    assert.equal(takenHost.code, 1);
    assert.match(takenHost.stderr, /a\.invalid already serves/);
    const badSlug = await tarina(database.target, ['organisations', 'create', '--slug', 'Iso Kunta', '--name', 'Iso']);
    assert.equal(badSlug.code, 2);
    assert.match(badSlug.stderr, /slug/);
    assert.equal((await tarina(database.target, ['organisations', 'create', '--name', 'Nimetön'])).code, 2);
    assert.equal(await organisationBySlug('pori'), undefined);
  });

  it('loads the demo only into an empty database', async () => {
    const refused = await tarina(database.target, ['demo']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /only into an empty one/);
    const empty = await createTestDatabase();
    try {
      const loaded = await tarina(empty.target, ['demo']);
      assert.equal(loaded.code, 0, loaded.stderr);
      assert.match(loaded.stdout, /Loaded the Rauma 2013 demo/);
      const check = openDatabase(empty.target);
      try {
        const organisations = await check.db.selectFrom('organisations').select('slug').execute();
        assert.deepEqual(organisations, [{ slug: 'rauma' }]);
      } finally {
        await check.close();
      }
    } finally {
      await empty.drop();
    }
  });
});
