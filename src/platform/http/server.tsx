import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { pingDatabase } from '../db/database.ts';
import { negotiateLocale } from '../i18n/locales.ts';
import type { AppContext } from '../module.ts';
import { ErrorPage } from '../views/components/error-page.tsx';
import { sendPage, viewContextOf } from '../views/render.tsx';
import { nullCharacter, registerBodyParsers } from './body-parsers.ts';
import { answerClientError } from './client-errors.ts';
import { HttpError, notFound } from './errors.ts';
import { loggerOptions } from './logging.ts';
import { registerOverloadGuard } from './overload.ts';
import { registerPageCache } from './page-cache.ts';
import { isApiPath, localeFromPath } from './paths.ts';
import { type Problem, sendProblem, toProblem } from './problems.ts';
import type { Identity, OrganisationInfo } from './request-context.ts';
import './request-context.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** An RFC 8058 one-click POST (set by an action's `page.oneClick`): served without the CSRF check. */
    oneClick?: boolean;
  }
}

const publicFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');
/** Packages whose ES modules the browser imports from `/assets/vendor/<name>/` (the folder of each package's entry module). */
const vendorFolders: Array<[string, string]> = [['jsondiffpatch', path.dirname(fileURLToPath(import.meta.resolve('jsondiffpatch')))]];

/** What the modules supply to every request: its organisation and identity. */
export interface RequestResolvers {
  resolveOrganisation(host: string): Promise<OrganisationInfo | null>;
  resolveIdentity(request: FastifyRequest, reply: FastifyReply, organisation: OrganisationInfo): Promise<Identity>;
}

/** A registered route, as the cross-organisation test walks them. */
export interface RouteInfo {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered on the app (method and URL pattern). */
    routeList: RouteInfo[];
  }
}

/** Largest request body accepted; larger answers 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Connections the kernel holds for the server until it accepts them (listen's backlog; the kernel caps it at
 * net.core.somaxconn). Node's default of 511 overflows when a hall of 2,000 phones taps at once or a crowd
 * arrives: the kernel then drops their connection requests, and each phone waits for its retry (1 s, 3 s,
 * 7 s…) before the app even sees it. Accepted, a request is answered or refused at once (overload.ts).
 */
export const LISTEN_BACKLOG = 4096;

/**
 * The Redis client the rate limits count in. A request never waits long for it: a Redis that is down
 * or slow fails the count at once (the limiter then lets the request through, `skipOnError`, and
 * the error is logged), rather than holding every limited page until it answers.
 */
function sharedLimitStore(url: string): Redis {
  return new Redis(url, { connectTimeout: 500, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
}

/** Builds the Fastify instance with the platform's plugins and hooks, without listening. */
export async function createServer(
  context: AppContext,
  resolvers: RequestResolvers,
  options: { cookieSecret: string; logger: boolean },
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? await loggerOptions(context.config.logLevel) : false,
    trustProxy: context.config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    clientErrorHandler: answerClientError(context.translator),
    // Errors raised before routing (malformed URL, over-long parameter) still answer in the user's language.
    frameworkErrors: (error, request, reply) => {
      request.locale = localeFromPath(request.url) ?? negotiateLocale(request.headers['accept-language']);
      sendProblem(request, reply, toProblem(error), context.translator);
    },
  });
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method: String(method), url: route.url });
  });
  app.decorate('routeList', routes);
  registerBodyParsers(app);
  app.decorateRequest('locale', 'fi');
  app.decorateRequest('organisation', null as unknown as OrganisationInfo);
  app.decorateRequest('identity', null as unknown as Identity);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: context.config.publicUrl?.startsWith('https://') ? undefined : false,
  });
  await app.register(cookie, { secret: options.cookieSecret });
  const secureCookies = context.config.publicUrl?.startsWith('https://') ?? false;
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure: secureCookies, signed: true },
    getToken: (request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      const header = request.headers['x-csrf-token'];
      return fromBody ?? (typeof header === 'string' ? header : undefined);
    },
  });
  // Several app processes share their counts through Redis when REDIS_URL is set; without it each
  // process counts alone (N processes allow N times the limit: docs/deployment.md).
  const redis = context.config.redisUrl ? sharedLimitStore(context.config.redisUrl) : null;
  if (redis) {
    let reported = false;
    redis.on('error', (error: Error) => {
      // Once per outage: ioredis retries on its own and says so on every attempt.
      if (!reported) app.log.warn({ err: error }, 'Redis for the shared rate limits is unreachable: counting per process');
      reported = true;
    });
    redis.on('ready', () => {
      reported = false;
    });
    app.addHook('onClose', async () => void (await redis.quit().catch(() => redis.disconnect())));
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'tarina-rate-limit:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, detail) =>
      new HttpError(429, 'rate-limited', 'platform.error.rateLimited', { seconds: Math.ceil(detail.ttl / 1000) }),
  });
  await app.register(fastifyStatic, { root: publicFolder, prefix: '/assets/', maxAge: '1h', index: false });
  // Browser modules of libraries the pages share with the server, served from the installed package as they are.
  for (const [name, folder] of vendorFolders) {
    await app.register(fastifyStatic, {
      root: folder,
      prefix: `/assets/vendor/${name}/`,
      maxAge: '1h',
      index: false,
      decorateReply: false,
      allowedPath: (pathName) => pathName.endsWith('.js'),
    });
  }

  // Before the hook that looks up the organisation and session: an overloaded process refuses for free.
  await registerOverloadGuard(app, context.config, context.translator);

  app.addHook('onRequest', async (request, reply) => {
    request.locale = localeFromPath(request.url) ?? negotiateLocale(request.headers['accept-language']);
    if (request.url.includes('\u0000') || /%00/i.test(request.url)) throw nullCharacter();
    if (request.url === '/healthz' || request.url === '/favicon.ico' || request.url.startsWith('/assets/')) return;
    const organisation = await resolvers.resolveOrganisation(request.hostname);
    if (!organisation) throw new HttpError(503, 'no-organisation', 'platform.error.noOrganisation');
    request.organisation = organisation;
    request.identity = await resolvers.resolveIdentity(request, reply, organisation);
  });

  // CSRF on every state-changing request that a browser could send with our cookies.
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return done();
    if (request.identity?.viaToken) return done();
    // An RFC 8058 one-click unsubscribe (an action's `page.oneClick`): its token is its authority.
    if (request.routeOptions.config?.oneClick === true) return done();
    app.csrfProtection(request, reply, done);
  });

  registerPageCache(app, context);

  app.get('/healthz', { config: { answerUnderPressure: true } }, async (_request, reply) => {
    const up = await pingDatabase(context.db);
    return reply.status(up ? 200 : 503).send({ status: up ? 'ok' : 'database unavailable' });
  });

  app.get('/', async (request, reply) => reply.redirect(`/${request.locale}/`, 302));
  // Browsers ask for /favicon.ico whatever the page links; the icon is an SVG.
  app.get('/favicon.ico', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').redirect('/assets/favicon.svg', 301),
  );

  app.setNotFoundHandler(async (request, reply) => respondWithProblem(request, reply, toProblem(notFound())));
  app.setErrorHandler(async (error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status === 503) {
      // Refused for the server's sake (a full queue, a client that left): a warning, and when to come back.
      request.log.warn({ code: problem.code }, 'request not served now');
      if (typeof problem.values.seconds === 'number') reply.header('retry-after', String(problem.values.seconds));
    } else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return respondWithProblem(request, reply, problem);
  });

  function respondWithProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
    if (problem.status === 401 && !isApiPath(request.url) && request.method === 'GET') {
      return reply.redirect(`/${request.locale}/sign-in?next=${encodeURIComponent(request.url)}`, 303);
    }
    if (isApiPath(request.url) || !request.organisation || !request.identity) {
      return sendProblem(request, reply, problem, context.translator);
    }
    try {
      const view = viewContextOf(request, reply, context, context.adminLinks, problem.status);
      return sendPage(
        reply,
        view,
        <ErrorPage
          status={problem.status}
          message={{ key: problem.messageKey, values: problem.values }}
          fieldErrors={problem.fieldErrors}
        />,
        problem.status,
      );
    } catch (renderError) {
      request.log.error({ err: renderError }, 'error page failed');
      return sendProblem(request, reply, problem, context.translator);
    }
  }

  return app;
}
