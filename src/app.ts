import type { FastifyInstance } from 'fastify';
import { accountLookups, accountsAudienceLookups, resolveIdentity } from './modules/accounts/index.ts';
import { modules } from './modules/index.ts';
import { organisationsAudienceLookups, resolveOrganisation } from './modules/organisations/index.ts';
import { processesAudienceLookups } from './modules/processes/index.ts';
import { collectActions, registerAction } from './platform/actions/register.ts';
import { Authorizer } from './platform/authz/authz.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { DatabaseHandle } from './platform/db/database.ts';
import { erasureList } from './platform/erasures.ts';
import { ApiRegistry } from './platform/http/api.ts';
import { registerOpenDataCatalogue } from './platform/http/open-data.ts';
import { createServer } from './platform/http/server.tsx';
import { platformMessages } from './platform/i18n/catalog.ts';
import { createTranslator } from './platform/i18n/translator.ts';
import { collectJobs, JobRunner } from './platform/jobs/runner.ts';
import { createMailer, type Mailer } from './platform/mail/mailer.ts';
import type { AppContext } from './platform/module.ts';
import { createRealtimeHub } from './platform/realtime/hub.ts';
import { registerWebSockets } from './platform/realtime/websocket.ts';
import { collectRetention } from './platform/retention.ts';
import { getOrCreateSecret } from './platform/secrets.ts';

/** What building the app needs; tests pass their own clock and mailer. */
export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  mailer?: Mailer;
  logger?: boolean;
}

/** The app and the context its modules share, built apart from listen(). */
export interface BuiltApp {
  app: FastifyInstance;
  context: AppContext;
  /** This process's job runner, started when the app is ready; null under TARINA_JOBS=0. */
  jobs: JobRunner | null;
}

/** Builds the context the modules share (no HTTP): also used by the CLI and demo loader. */
export function buildContext(options: BuildOptions, mailer: Mailer): AppContext {
  const authorizer = new Authorizer(modules.flatMap((module) => (module.permissions ? [module.permissions] : [])));
  return {
    config: options.config,
    db: options.database.db,
    dialect: options.database.dialect,
    translator: createTranslator([platformMessages, ...modules.map((module) => module.messages)]),
    authorizer,
    api: new ApiRegistry(authorizer),
    mailer,
    clock: options.clock ?? systemClock,
    adminLinks: modules.flatMap((module) => module.adminLinks ?? []),
    timelineLinkers: modules.flatMap((module) => (module.timelineLinks ? [module.timelineLinks] : [])),
    processPageSections: modules.flatMap((module) => (module.processPageSection ? [module.processPageSection] : [])),
    processChannels: modules.flatMap((module) => (module.processChannels ? [module.processChannels] : [])),
    participationSources: modules.flatMap((module) => (module.participation ? [module.participation] : [])),
    auditSubjects: Object.assign({}, ...modules.map((module) => module.auditSubjects ?? {})),
    jobs: collectJobs(modules),
    actions: collectActions(modules),
    personalData: [
      ...modules.flatMap((module) => (module.personalData ? [{ module: module.name, ...module.personalData }] : [])),
      // Every account deletion also goes on the list of erased subjects that a restore erases again.
      erasureList,
    ],
    retention: collectRetention(modules),
    audienceLookups: { ...accountsAudienceLookups, ...organisationsAudienceLookups, ...processesAudienceLookups },
    accountLookups,
    happeningSources: modules.flatMap((module) => (module.happenings ? [module.happenings] : [])),
    searchSources: modules.flatMap((module) => module.searchSources ?? []),
  };
}

/** Builds the Fastify app with every module's routes; the schema must already be migrated. */
export async function buildApp(options: BuildOptions): Promise<BuiltApp> {
  const logger = options.logger ?? true;
  let app: FastifyInstance | null = null;
  const mailer =
    options.mailer ??
    createMailer({
      smtpUrl: options.config.smtpUrl,
      from: options.config.mailFrom,
      mailDir: options.config.mailDir,
      log: (details, message) => (app ? app.log.info(details, message) : console.log(message, JSON.stringify(details))),
    });
  const context = buildContext(options, mailer);
  const cookieSecret = options.config.sessionSecret ?? (await getOrCreateSecret(context.db, 'cookie', context.clock.now()));
  app = await createServer(
    context,
    {
      resolveOrganisation: (host) => resolveOrganisation(context.db, host),
      resolveIdentity: (request, reply, organisation) =>
        resolveIdentity(context.db, context.config, context.clock.now(), request, reply, organisation),
    },
    { cookieSecret, logger },
  );
  const server = app;
  await startLiveRooms(server, context);
  for (const module of modules) {
    await server.register(
      async (scope) => {
        await module.routes?.(scope, context);
        for (const action of module.actions ?? []) registerAction(scope, context, action);
      },
      { name: module.name },
    );
  }
  server.get('/api/v1/openapi.json', async () => context.api.openApiDocument({ title: 'Tarina API', version: '1' }));
  registerOpenDataCatalogue(server, context, modules);
  // The jobs start once the app is ready (not while the demo template is seeded) and stop before the database closes.
  const jobs = options.config.jobs
    ? new JobRunner(context, context.jobs, (error, message) => server.log.error({ err: error }, message))
    : null;
  if (jobs) {
    const runner = jobs;
    server.addHook('onReady', async () => runner.start());
    server.addHook('onClose', async () => runner.stop());
  }
  return { app: server, context, jobs };
}

/**
 * Starts every module's live rooms on one realtime hub, with WebSockets served from the root;
 * on close the rooms go first, then the hub.
 */
async function startLiveRooms(server: FastifyInstance, context: AppContext): Promise<void> {
  const declared = modules.flatMap((module) => (module.live ? [module.live] : []));
  if (declared.length === 0) return;
  await registerWebSockets(server);
  const log = (message: string, error?: unknown) => server.log.warn({ err: error }, message);
  const hub = createRealtimeHub({ dialect: context.dialect, target: context.config.database, db: context.db, log });
  const rooms = declared.map((live) => live.start(context, hub, log));
  server.addHook('onClose', async () => {
    for (const room of rooms) room.close();
    await hub.close();
  });
}
