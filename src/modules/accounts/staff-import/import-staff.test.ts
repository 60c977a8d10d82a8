import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_ADMIN } from '../../../demo.ts';
import { readPageVersion } from '../../../platform/http/page-cache.ts';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { importStaff } from './import-staff.ts';
import { runStaffImportCommand } from './run-staff-import-command.ts';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const HEADER = 'sähköposti;nimi;yksikkö;rooli;kieli';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('staff import from an HR export', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let folder: string;

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    // No job runner: the command sends its invitations itself, and the test sees it do so.
    test = await startTestApp({ demo: true, mailer, environment: { PUBLIC_URL: 'https://tarina.example', TARINA_JOBS: '0' } });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'staff-import-'));
  });
  after(async () => {
    await test.close();
    await smtp.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const organisationId = () => test.demo.organisationId as string;
  const userCount = async () =>
    Number(
      (
        await test.context.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('organisation_id', '=', organisationId())
          .executeTakeFirstOrThrow()
      ).n,
    );
  const organisationName = { fi: 'Rauman kaupunki' };
  const run = (bytes: Uint8Array, commit = true, deactivateMissing = false) =>
    importStaff(test.context, { organisationId: organisationId(), organisationName, actorId: null, bytes, commit, deactivateMissing });
  const lines = (...rows: string[]) => utf8([HEADER, ...rows].join('\n'));
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const organisation = { id: organisationId(), name: organisationName };
    const code = await runStaffImportCommand(args, test.context, async () => organisation, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  /** Asserts the file is refused with exactly these problems (line and key) and saves nothing. */
  async function refuses(bytes: Uint8Array, expected: Array<[number, string]>) {
    const before = await userCount();
    const result = await run(bytes);
    assert.equal(result.committed, false);
    assert.deepEqual(
      result.plan.problems.map((problem) => [problem.line, problem.key]),
      expected.map(([line, key]) => [line, `accounts.staffImport.${key}`]),
    );
    assert.equal(await userCount(), before, 'nothing saved');
    return result;
  }

  it('names both lines of a duplicate e-mail address, whatever its case, and saves none of the file', async () => {
    await refuses(
      lines(
        'a.one@rauma.example;A One;Konsernipalvelut;;fi',
        'b.two@rauma.example;B Two;Konsernipalvelut;;',
        'A.One@Rauma.example;A Again;Konsernipalvelut;;',
      ),
      [
        [2, 'duplicateEmail'],
        [4, 'duplicateEmail'],
      ],
    );
  });

  it('names an unknown unit, a bad address, an unknown role and language, each at its line', async () => {
    await refuses(
      lines(
        'ok@rauma.example;Ok;Konsernipalvelut;;',
        'x@rauma.example;X;Kuuvirasto;;',
        'not-an-address;Y;Konsernipalvelut;;',
        'z@rauma.example;Z;Konsernipalvelut;pääkäyttäjä;',
        'w@rauma.example;W;Konsernipalvelut;;klingon',
      ),
      [
        [3, 'unknownUnit'],
        [4, 'badEmail'],
        [5, 'unknownRole'],
        [6, 'unknownLanguage'],
      ],
    );
  });

  it('refuses formula-looking cells (= + - @) instead of storing them', async () => {
    const result = await refuses(
      lines(
        'f1@rauma.example;"=HYPERLINK(""http://evil.example"")";Konsernipalvelut;;',
        'f2@rauma.example;+358;Konsernipalvelut;;',
        'f3@rauma.example;F3;-1;;',
        'f4@rauma.example;@SUM(A1);Konsernipalvelut;;',
      ),
      [
        [2, 'formula'],
        [3, 'formula'],
        [4, 'formula'],
        [5, 'formula'],
      ],
    );
    assert.equal(result.plan.problems[2]?.values?.column, 'unit');
  });

  it('says which column is missing when the delimiter is wrong, and names a broken quote by its line', async () => {
    await refuses(utf8('sähköposti|nimi|yksikkö\nq@rauma.example|Q|Konsernipalvelut\n'), [
      [1, 'columnMissing'],
      [1, 'columnMissing'],
      [1, 'columnMissing'],
    ]);
    await refuses(lines('q@rauma.example;"Q;Konsernipalvelut;;', 'r@rauma.example;R;Konsernipalvelut;;'), [[2, 'malformed']]);
  });

  it('refuses a field over its limit and a file over the row limit', async () => {
    await refuses(lines(`long@rauma.example;${'N'.repeat(81)};Konsernipalvelut;;`), [[2, 'tooLong']]);
    const many = Array.from({ length: 50_001 }, (_, index) => `p${index}@rauma.example;P;Konsernipalvelut;;`);
    await refuses(lines(...many), [[0, 'tooManyRows']]);
  });

  it('reads Windows-1252 from Excel and tab-separated English headers', async () => {
    const latin = Buffer.from('email;name;unit\nmarta@rauma.example;Märta Ölander;Förvaltnings- och personaltjänster\n', 'latin1');
    const result = await run(latin, false);
    assert.equal(result.encoding, 'windows-1252');
    assert.deepEqual(result.plan.problems, []);
    assert.equal(result.plan.rows[0]?.name, 'Märta Ölander');
    const tabbed = await run(
      utf8('\ufeffE-mail\tName\tWork community\tRole\tLanguage\ntab@rauma.example\tTab\tFinance and ICT\tMember\tsv\n'),
      false,
    );
    assert.equal(tabbed.delimiter, '\t');
    assert.deepEqual(tabbed.plan.problems, []);
    assert.equal(tabbed.plan.rows[0]?.role, 'member');
    assert.equal(tabbed.plan.rows[0]?.locale, 'sv');
  });

  it('previews without saving, then creates, places, grants and invites by the real SMTP server with --commit', async () => {
    const file = write(
      'staff.csv',
      [
        HEADER,
        'anna.aalto@rauma.example;Anna Aalto;Hallinto- ja henkilöstöpalvelut;yksikön johtaja;fi',
        'bertil.berg@rauma.example;Bertil Berg;Koncerntjänster;;sv',
      ].join('\r\n'),
    );
    const before = await userCount();
    const preview = await cli(['import', file]);
    assert.equal(preview.code, 0, preview.err);
    assert.match(preview.out, /line 2: create \+ invite\s+anna\.aalto@rauma\.example/);
    assert.match(preview.out, /line 3: create \+ invite\s+bertil\.berg@rauma\.example/);
    assert.equal(await userCount(), before, 'a preview saves nothing');

    const saved = await cli(['import', file, '--commit']);
    assert.equal(saved.code, 0, saved.err);
    assert.equal(await userCount(), before + 2);
    const anna = await test.context.db
      .selectFrom('users')
      .selectAll()
      .where('organisation_id', '=', organisationId())
      .where('email', '=', 'anna.aalto@rauma.example')
      .executeTakeFirstOrThrow();
    assert.equal(anna.unit_id, test.demo.unitIds?.['administration-and-hr']);
    assert.equal(anna.password_hash, null);
    const grants = await test.context.db.selectFrom('role_grants').selectAll().where('user_id', '=', anna.id).execute();
    assert.deepEqual(
      grants.map((grant) => [grant.role, grant.scope_type, grant.scope_id]),
      [['unit_manager', 'unit', anna.unit_id]],
    );
    const mail = await smtp.waitForMessage((message) => message.to.includes('anna.aalto@rauma.example'));
    assert.match(mail.text, /https:\/\/tarina\.example\/fi\/invitation\//);
    const swedish = await smtp.waitForMessage((message) => message.to.includes('bertil.berg@rauma.example'));
    assert.match(swedish.text, /https:\/\/tarina\.example\/sv\/invitation\//);

    // The same file again changes nothing and invites nobody.
    const again = await cli(['import', file, '--commit']);
    assert.match(again.out, /line 2: unchanged/);
    assert.match(again.out, /Sent 0 invitation/);
  });

  it('updates a changed row and, with --deactivate-missing, deactivates the placed staff not in the file', async () => {
    const file = write('second.csv', [HEADER, 'anna.aalto@rauma.example;Anna Aalto-Virta;Talous- ja tietohallinto;;fi'].join('\n'));
    const preview = await cli(['import', file, '--deactivate-missing']);
    assert.match(preview.out, /line 2: update\s+anna\.aalto@rauma\.example/);
    assert.match(preview.out, /not in file: deactivate\s+bertil\.berg@rauma\.example/);
    const versionBefore = await readPageVersion(test.context.db, organisationId());
    const saved = await cli(['import', file, '--deactivate-missing', '--commit']);
    assert.equal(saved.code, 0, saved.err);
    assert.ok(
      (await readPageVersion(test.context.db, organisationId())) > versionBefore,
      'a rename and a deactivation move the page version: cached pages that name people are rendered again',
    );
    const rows = await test.context.db
      .selectFrom('users')
      .select(['email', 'display_name', 'unit_id', 'deactivated_at'])
      .where('organisation_id', '=', organisationId())
      .where('email', 'in', ['anna.aalto@rauma.example', 'bertil.berg@rauma.example'])
      .orderBy('email')
      .execute();
    assert.equal(rows[0]?.display_name, 'Anna Aalto-Virta');
    assert.equal(rows[0]?.unit_id, test.demo.unitIds?.['finance-and-ict']);
    assert.equal(rows[0]?.deactivated_at, null);
    assert.notEqual(rows[1]?.deactivated_at, null, 'Bertil left and is deactivated, not deleted');
    // Bertil back in a later file: reactivated.
    const back = write('third.csv', [HEADER, 'bertil.berg@rauma.example;Bertil Berg;Koncerntjänster;;sv'].join('\n'));
    assert.equal((await cli(['import', back, '--commit'])).code, 0);
    const bertil = await test.context.db
      .selectFrom('users')
      .select('deactivated_at')
      .where('organisation_id', '=', organisationId())
      .where('email', '=', 'bertil.berg@rauma.example')
      .executeTakeFirstOrThrow();
    assert.equal(bertil.deactivated_at, null);
  });

  it('never deactivates the person importing, nor the last admin', async () => {
    const admin = await test.context.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('organisation_id', '=', organisationId())
      .where('email', '=', DEMO_ADMIN.email)
      .executeTakeFirst();
    if (!admin) return assert.fail(`the demo admin is ${DEMO_ADMIN.email}`);
    const unit = test.demo.unitIds?.['central-administration'] as string;
    await test.context.db.updateTable('users').set({ unit_id: unit }).where('id', '=', admin.id).execute();
    const asActor = await importStaff(test.context, {
      organisationId: organisationId(),
      organisationName,
      actorId: admin.id,
      bytes: lines('someone.else@rauma.example;Someone;Konsernipalvelut;;'),
      commit: false,
      deactivateMissing: true,
    });
    assert.deepEqual(
      asActor.plan.missing.filter((person) => person.userId === admin.id).map((person) => [person.outcome, person.reason]),
      [['kept', 'actor']],
    );
    const admins = await test.context.db
      .selectFrom('role_grants')
      .select('user_id')
      .where('organisation_id', '=', organisationId())
      .where('role', '=', 'org_admin')
      .where('scope_type', '=', 'organisation')
      .execute();
    if (admins.length === 1) {
      const asSystem = await run(lines('someone.else@rauma.example;Someone;Konsernipalvelut;;'), false, true);
      assert.deepEqual(
        asSystem.plan.missing.filter((person) => person.userId === admin.id).map((person) => [person.outcome, person.reason]),
        [['kept', 'lastAdmin']],
      );
    }
  });

  it('grants roles by the accounts’ one rule set: a person already at the most grants makes the commit refuse and save nothing', async () => {
    const email = 'taynna@rauma.example';
    const unit = 'Konsernipalvelut';
    assert.equal((await run(lines(`${email};Täynnä Olevainen;${unit};;fi`))).committed, true);
    const user = await test.context.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    // Fifty grants for processes (scopes are not checked for rows already held).
    await test.context.db
      .insertInto('role_grants')
      .values(
        Array.from({ length: 50 }, (_, index) => ({
          id: `full-${index}`,
          organisation_id: organisationId(),
          user_id: user.id,
          role: 'facilitator' as const,
          scope_type: 'process' as const,
          scope_id: `process-${index}`,
          created_at: now,
        })),
      )
      .execute();
    const before = await userCount();
    await assert.rejects(run(lines(`${email};Täynnä Olevainen;${unit};analyst;fi`, `uusi.taynna@rauma.example;Uusi;${unit};;fi`)), {
      messageKey: 'accounts.roles.tooMany',
    });
    assert.equal(await userCount(), before, 'the new row of the same file was not saved either');
    const analyst = await test.context.db
      .selectFrom('role_grants')
      .select('id')
      .where('user_id', '=', user.id)
      .where('role', '=', 'analyst')
      .execute();
    assert.deepEqual(analyst, []);
  });

  it('runs as `tarina staff import` in a subprocess: line numbers and exit 1 on bad rows, nothing saved', async () => {
    const file = write(
      'bad.csv',
      [HEADER, 'ok@rauma.example;Ok;Konsernipalvelut;;', 'ok@rauma.example;Again;Konsernipalvelut;;'].join('\n'),
    );
    const target = test.context.config.database;
    const databaseUrl = target.kind === 'sqlite' ? `file:${target.path}` : target.url;
    const before = await userCount();
    // NODE_TEST_CONTEXT would make the child think it runs inside this test file and print nothing of its own.
    const { NODE_TEST_CONTEXT: _context, ...environment } = process.env;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'staff', 'import', file, '--commit'], {
      cwd: repository,
      env: { ...environment, DATABASE_URL: databaseUrl, PUBLIC_URL: 'https://tarina.example' },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /line 2: The e-mail address ok@rauma\.example is also on line 3\./, result.stderr);
    assert.match(result.stdout, /line 3: The e-mail address ok@rauma\.example is also on line 2\./);
    assert.equal(await userCount(), before);
    const usage = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'staff', 'import'], {
      cwd: repository,
      env: environment,
      encoding: 'utf8',
    });
    assert.equal(usage.status, 2);
  });
});
