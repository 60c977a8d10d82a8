/**
 * The `tarina` command line: `npx tarina help` lists the commands. It reads
 * DATABASE_URL like the server, brings the schema up to date first, and exits
 * with 2 on bad arguments and 1 when the command cannot be done.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
// The usage text alone (a file without imports): help answers without loading the module.
import { STAFF_USAGE } from './modules/accounts/staff-import/usage.ts';
import { STATEMENTS_USAGE } from './modules/statements/cli/usage.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { newToken } from './platform/db/ids.ts';
import type { AppContext } from './platform/module.ts';

const USAGE = `Usage: tarina <command> [options]

Commands:
  migrate                      Bring the database schema up to date.
  admin create --email EMAIL [--name NAME]
               [--organisation-name NAME --organisation-slug SLUG] [--host HOST ...]
                               Create an organisation admin (role org_admin). When the
                               database has no organisation yet, --organisation-name and
                               --organisation-slug create the first one (the default).
                               With --organisation-slug alone, the admin joins that one.
                               The password is TARINA_ADMIN_PASSWORD, or one is generated
                               and printed once.
  organisations create --slug SLUG --name NAME [--host HOST ...]
                               Create an organisation served on the given host names.
  demo                         Load the Rauma 2013 demo into an empty database.
${STATEMENTS_USAGE}
${STAFF_USAGE}
  search reindex               Rebuild every organisation's search index from what is
                               public now (a job updates it every minute as well).
  backup FILE                  Write the whole database to FILE while the server runs
                               (SQLite: a copy of the database file; PostgreSQL: pg_dump's
                               custom format, which needs the client programs).
  restore FILE                 Replace the whole database with the backup in FILE, then
                               bring its schema up to date. Stop the server first. A damaged
                               file or one from a newer Tarina is refused, nothing changed.
                               Accounts deleted after the backup was made (the list of erased
                               subjects of the replaced database) are erased again.
  audit verify                 Walk every organisation's audit log hash chain and report the
                               first entry that was changed, removed or added outside it
                               (exit 1). Entries written before the chain began are counted,
                               not covered.
  help                         Show this help.

The database is chosen by DATABASE_URL as for the server: empty for data/tarina.db,
file:PATH for another SQLite file, postgres://… for PostgreSQL.`;

/** Bad arguments: the usage is shown and the exit code is 2. */
class UsageError extends Error {}

/** A command that could not be done (exit code 1). */
class CommandError extends Error {}

/** A command that has already said what went wrong and only sets the exit code. */
class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit code ${code}`);
  }
}

/**
 * The app's parts, loaded only once the arguments are understood: help and
 * usage errors answer at once instead of after loading every module.
 */
async function loadApp() {
  const [app, demo, accounts, organisations, database, migrations, errors, mail] = await Promise.all([
    import('./app.ts'),
    import('./demo.ts'),
    import('./modules/accounts/index.ts'),
    import('./modules/organisations/index.ts'),
    import('./platform/db/database.ts'),
    import('./platform/db/migrate.ts'),
    import('./platform/http/problems.ts'),
    import('./platform/mail/mailer.ts'),
  ]);
  return { ...app, ...demo, ...accounts, ...organisations, ...database, ...migrations, ...errors, ...mail };
}

/** Opens the configured database, migrates it and runs `work` with the modules' context. */
async function withContext<T>(work: (context: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openDatabase, createMailer, migrateToLatest, buildContext } = await loadApp();
  const database = openDatabase(config.database);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    mailDir: config.mailDir,
    log: (details, message) => console.error(details.file ? `${message}: ${details.file}` : message),
  });
  try {
    await migrateToLatest(database.db);
    return await work(buildContext({ config, database }, mailer));
  } finally {
    mailer.close();
    await database.close();
  }
}

/** Parses a subcommand's options; unknown options and stray words are usage errors. */
function optionsOf<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  try {
    return parseArgs<{ args: string[]; options: Options; strict: true; allowPositionals: false }>({
      args,
      options,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Turns zod issues into one line per field, named as the command line names them. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, names: Record<string, string>): string {
  return issues.map((issue) => `${names[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`).join('\n');
}

async function migrate(): Promise<void> {
  const config = loadConfig();
  const { openDatabase, migrateToLatest } = await loadApp();
  const database = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length ? `Applied ${applied.length} migrations:\n  ${applied.join('\n  ')}` : 'The database is up to date.');
  } finally {
    await database.close();
  }
}

/** Validates a new organisation's slug, name and hosts; a slug or host already in use is refused. */
async function newOrganisation(context: AppContext, input: { slug?: string; name?: string; hosts?: string[] }): Promise<string> {
  const { createOrganisation, createOrganisationSchema } = await loadApp();
  const parsed = createOrganisationSchema.safeParse({ slug: input.slug, name: { fi: input.name ?? '' }, hosts: input.hosts ?? [] });
  if (!parsed.success) {
    throw new UsageError(describeIssues(parsed.error.issues, { slug: 'slug', name: 'name', hosts: 'host' }));
  }
  const { db } = context;
  if (await db.selectFrom('organisations').select('id').where('slug', '=', parsed.data.slug).executeTakeFirst()) {
    throw new CommandError(`An organisation with the slug ${parsed.data.slug} already exists.`);
  }
  for (const host of parsed.data.hosts) {
    if (await db.selectFrom('organisation_hosts').select('host').where('host', '=', host).executeTakeFirst()) {
      throw new CommandError(`The host ${host} already serves another organisation.`);
    }
  }
  return createOrganisation(db, parsed.data, context.clock.now());
}

async function createOrganisationCommand(args: string[]): Promise<void> {
  const values = optionsOf(args, { slug: { type: 'string' }, name: { type: 'string' }, host: { type: 'string', multiple: true } });
  if (!values.slug || !values.name) throw new UsageError('organisations create needs --slug and --name.');
  const id = await withContext((context) => newOrganisation(context, { slug: values.slug, name: values.name, hosts: values.host }));
  console.log(`Created the organisation ${values.slug} (${id}).`);
}

/** The organisation a new admin joins: the named one, a new first one, or the default one. */
async function adminOrganisation(context: AppContext, values: { slug?: string; name?: string; hosts?: string[] }) {
  const { db } = context;
  const { isEmpty } = await loadApp();
  if (values.slug) {
    const existing = await db.selectFrom('organisations').select('id').where('slug', '=', values.slug).executeTakeFirst();
    if (existing) return { id: existing.id, slug: values.slug };
  }
  if (await isEmpty(context)) {
    if (!values.slug || !values.name) {
      throw new UsageError('The database has no organisation yet: give --organisation-name and --organisation-slug to create it.');
    }
    return { id: await newOrganisation(context, values), slug: values.slug };
  }
  if (values.slug) throw new CommandError(`There is no organisation with the slug ${values.slug}.`);
  const fallback = await db
    .selectFrom('organisations')
    .select(['id', 'slug'])
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  return fallback;
}

/** The admin's password: from TARINA_ADMIN_PASSWORD, else generated (and then printed once). */
function adminPassword(): { password: string; generated: boolean } {
  const given = process.env.TARINA_ADMIN_PASSWORD;
  return given ? { password: given, generated: false } : { password: newToken(18), generated: true };
}

async function createAdminCommand(args: string[]): Promise<void> {
  const values = optionsOf(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    'organisation-name': { type: 'string' },
    'organisation-slug': { type: 'string' },
    host: { type: 'string', multiple: true },
  });
  if (!values.email) throw new UsageError('admin create needs --email.');
  const { password, generated } = adminPassword();
  const { signUpSchema, createUser, toProblem } = await loadApp();
  const parsed = signUpSchema.safeParse({ email: values.email, displayName: values.name ?? 'Ylläpitäjä', password, locale: 'fi' });
  if (!parsed.success) {
    throw new UsageError(
      describeIssues(parsed.error.issues, { email: '--email', displayName: '--name', password: 'TARINA_ADMIN_PASSWORD' }),
    );
  }
  const organisation = await withContext(async (context) => {
    const target = { slug: values['organisation-slug'], name: values['organisation-name'], hosts: values.host };
    const chosen = await adminOrganisation(context, target);
    try {
      await createUser(context.db, chosen.id, { ...parsed.data, roles: ['org_admin'] }, context.clock.now());
    } catch (error) {
      if (toProblem(error).status === 409) {
        throw new CommandError(`A user with the e-mail address ${parsed.data.email} already exists in ${chosen.slug}.`);
      }
      throw error;
    }
    return chosen;
  });
  console.log(`Created the admin ${parsed.data.email} in the organisation ${organisation.slug}.`);
  if (generated) console.log(`Password (shown only this once): ${password}`);
}

async function demoCommand(args: string[]): Promise<void> {
  optionsOf(args, {});
  const { isEmpty, loadDemo, DEMO_ADMIN } = await loadApp();
  await withContext(async (context) => {
    if (!(await isEmpty(context)))
      throw new CommandError('The database already holds an organisation: the demo loads only into an empty one.');
    await loadDemo(context);
  });
  console.log(`Loaded the Rauma 2013 demo. Sign in as ${DEMO_ADMIN.email} with the password ${DEMO_ADMIN.password}.`);
}

/** `statements import|export …`: the arguments are checked before the database is opened. */
async function statementsCommand(args: string[]): Promise<void> {
  const { checkStatementsArguments, runStatementsCommand } = await import('./modules/statements/index.ts');
  const problem = checkStatementsArguments(args);
  if (problem) throw new UsageError(problem);
  const code = await withContext((context) => runStatementsCommand(args, context));
  if (code !== 0) throw new ExitCode(code);
}

/** `staff import FILE …`: the arguments are checked before the database is opened. */
async function staffCommand(args: string[]): Promise<void> {
  const { checkStaffArguments, runStaffImportCommand } = await import('./modules/accounts/staff-import/run-staff-import-command.ts');
  const problem = checkStaffArguments(args);
  if (problem) throw new UsageError(problem);
  const code = await withContext((context) =>
    runStaffImportCommand(args, context, async (slug) => {
      const query = context.db.selectFrom('organisations').select(['id', 'name']);
      const row = await (slug
        ? query.where('slug', '=', slug)
        : query.orderBy('is_default', 'desc').orderBy('created_at')
      ).executeTakeFirst();
      return row ? { id: row.id, name: JSON.parse(row.name) } : undefined;
    }),
  );
  if (code !== 0) throw new ExitCode(code);
}

/** `search reindex`: rebuilds every organisation's search index from what the modules list now (the job's work is incremental). */
async function searchReindexCommand(args: string[]): Promise<void> {
  optionsOf(args, {});
  const { listOrganisationIds } = await import('./modules/organisations/index.ts');
  const { reindexOrganisation } = await import('./modules/search/index.ts');
  await withContext(async (context) => {
    for (const organisationId of await listOrganisationIds(context.db)) {
      const outcome = await reindexOrganisation(context, organisationId, { mode: 'rebuild' });
      console.log(`${organisationId}: ${outcome.written} written, ${outcome.removed} removed.`);
    }
  });
}

/** The FILE of `backup FILE` and `restore FILE`. */
function backupFileOf(command: string, args: string[]): string {
  let positionals: string[];
  try {
    positionals = parseArgs({ args, options: {}, strict: true, allowPositionals: true }).positionals;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError(`${command} needs one FILE.`);
  return positionals[0];
}

/** `backup FILE` and `restore FILE`: only the backup module loads, not the app. */
async function backupCommand(command: 'backup' | 'restore', args: string[]): Promise<void> {
  const file = backupFileOf(command, args);
  const { database } = loadConfig();
  const { BackupError, backupDatabase, restoreDatabase } = await import('./platform/backup/backup.ts');
  const engine = database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  try {
    if (command === 'backup') {
      await backupDatabase(database, file);
      console.log(`Backed up the ${engine} database to ${file}.`);
    } else {
      // The list of erased subjects of the database being replaced: accounts deleted after the backup are erased again.
      const { readErasedSubjects, keepErasedSubjects } = await import('./platform/erasures.ts');
      const erased = await readErasedSubjects(database);
      const migrated = await restoreDatabase(database, file);
      console.log(`Restored the ${engine} database from ${file}.`);
      if (migrated.length) console.log(`Applied ${migrated.length} migrations made after the backup:\n  ${migrated.join('\n  ')}`);
      const { reapplyErasures } = await import('./modules/accounts/personal-data.ts');
      const again = await withContext(async (context) => {
        if (erased) await keepErasedSubjects(context.db, erased);
        return reapplyErasures(context);
      });
      console.log(
        again > 0 ? `Erased again ${again} accounts deleted after the backup was made.` : 'No account deleted after the backup is in it.',
      );
      if (erased === null) {
        console.error(
          'The list of erased subjects could not be read from the database that was replaced: accounts deleted after the backup and not on the restored list were not erased again. See docs/backups.md.',
        );
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw new CommandError(error.message);
    throw error;
  }
}

/** `audit verify`: every organisation's hash chain walked; a break is exit 1 naming the first broken entry. */
async function auditVerifyCommand(args: string[]): Promise<void> {
  optionsOf(args, {});
  const config = loadConfig();
  const [{ openDatabase }, { migrateToLatest }, { verifyAuditChain }] = await Promise.all([
    import('./platform/db/database.ts'),
    import('./platform/db/migrate.ts'),
    import('./platform/audit/verify.ts'),
  ]);
  const database = openDatabase(config.database);
  let broken = 0;
  try {
    await migrateToLatest(database.db);
    const slugs = new Map(
      (await database.db.selectFrom('organisations').select(['id', 'slug']).execute()).map((row) => [row.id, row.slug]),
    );
    for (const report of await verifyAuditChain(database.db)) {
      const name = slugs.get(report.organisationId) ?? report.organisationId;
      const before = report.unchainedBefore
        ? `; ${report.unchainedBefore} entries written before the chain began (${report.startedAt}) are counted, not covered by it`
        : '';
      if (report.broken) {
        broken += 1;
        const where = report.broken.entryId ? `entry ${report.broken.entryId} (number ${report.broken.seq})` : 'the log';
        console.error(`${name}: the audit chain is broken at ${where}: ${report.broken.reason}.`);
      } else {
        console.log(`${name}: ${report.chained} entries chained, intact${before}.`);
      }
    }
  } finally {
    await database.close();
  }
  if (broken > 0) throw new ExitCode(1);
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  'audit verify': auditVerifyCommand,
  migrate: async (args) => {
    optionsOf(args, {});
    await migrate();
  },
  'admin create': createAdminCommand,
  'organisations create': createOrganisationCommand,
  demo: demoCommand,
  statements: statementsCommand,
  'search reindex': searchReindexCommand,
  staff: staffCommand,
  backup: (args) => backupCommand('backup', args),
  restore: (args) => backupCommand('restore', args),
};

/** Finds the command named by the first one or two words. */
function commandOf(argv: string[]): { run: (args: string[]) => Promise<void>; args: string[] } | null {
  const two = `${argv[0]} ${argv[1]}`;
  if (COMMANDS[two]) return { run: COMMANDS[two], args: argv.slice(2) };
  const one = argv[0] ?? '';
  return COMMANDS[one] ? { run: COMMANDS[one], args: argv.slice(1) } : null;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    console.log(USAGE);
    return 0;
  }
  const command = commandOf(argv);
  try {
    if (!command) throw new UsageError(argv.length ? `Unknown command: ${argv.join(' ')}` : 'No command given.');
    await command.run(command.args);
    return 0;
  } catch (error) {
    if (error instanceof ExitCode) return error.code;
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof CommandError || error instanceof ConfigError ? error.message : `tarina failed: ${String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
