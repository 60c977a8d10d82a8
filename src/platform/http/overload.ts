import v8 from 'node:v8';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { negotiateLocale } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translator.ts';
import { isApiPath, localeFromPath } from './paths.ts';
import { sendProblem } from './problems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered even when the process is overloaded (the health check: a proxy asks it to decide). */
    answerUnderPressure?: boolean;
  }
}

/** How long an overloaded process asks a client to wait before trying again. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 5;

/** How often the event loop's delay and the memory in use are sampled. */
const SAMPLE_INTERVAL_MS = 250;

/**
 * How long after the app is ready a lagging event loop is not taken for overload: starting (modules
 * loaded, migrations, the demo) blocks the loop for seconds, and the first sample taken after it says
 * so, while no request is waiting yet.
 */
export const STARTUP_GRACE_MS = 3000;

/** The heap an overloaded process stops taking new requests at, when the setting leaves it to the process: 85 % of V8's limit. */
function defaultHeapLimitBytes(): number {
  return Math.floor(v8.getHeapStatistics().heap_size_limit * 0.85);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The answer to a request that came while the process is overloaded: 503 with Retry-After, at once
 * and without touching the database (no organisation, no session is looked up), in the visitor's
 * language: a small page for a browser, problem+json for the API and everything else.
 */
function answerOverloaded(request: FastifyRequest, reply: FastifyReply, translator: Translator): FastifyReply {
  const locale = localeFromPath(request.url) ?? negotiateLocale(request.headers['accept-language']);
  request.locale = locale;
  reply.header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS)).header('cache-control', 'no-store');
  const values = { seconds: OVERLOAD_RETRY_AFTER_SECONDS };
  const wantsPage = !isApiPath(request.url) && (request.headers.accept ?? '').includes('text/html');
  if (!wantsPage) {
    return sendProblem(
      request,
      reply,
      { status: 503, code: 'overloaded', messageKey: 'platform.error.overloaded', values, fieldErrors: {} },
      translator,
    );
  }
  const title = escapeText(translator.t(locale, 'platform.error.overloadedTitle'));
  const message = escapeText(translator.t(locale, 'platform.error.overloaded', values));
  return reply
    .status(503)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', locale)
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
        `<body><main><h1>${title}</h1><p>${message}</p></main></body></html>`,
    );
}

/** How many requests must have waited longer than the setting before new ones are refused. */
export const OVERLOAD_WAITING_REQUESTS = 32;

/**
 * The other kind of overload: the event loop keeps up, but requests wait for the database (a full
 * pool, one event's registrations in line for its lock) and pile up until clients time out. While
 * OVERLOAD_WAITING_REQUESTS requests have been in flight longer than `waitMs`, a new request is
 * answered 503 at once: a burst that arrived together is still served to its end (it is admitted
 * before it waits), a slow export alone refuses nobody, but a crowd that keeps coming faster than it
 * is served gets told to come back instead of waiting in a line that only grows. A request counts
 * from its arrival until its response is finished or its connection closed; WebSocket upgrades (a
 * live room's phones stay connected for hours) and the health check do not count.
 */
function refuseWhenRequestsWait(app: FastifyInstance, waitMs: number, translator: Translator): void {
  // Insertion-ordered: the first entries are the oldest requests still in flight.
  const inFlight = new Map<number, number>();
  let next = 0;
  const waiting = (now: number) => {
    let count = 0;
    for (const started of inFlight.values()) {
      if (now - started < waitMs || count >= OVERLOAD_WAITING_REQUESTS) break;
      count += 1;
    }
    return count;
  };
  app.addHook('onRequest', (request, reply, done) => {
    if (request.headers.upgrade !== undefined || request.url === '/healthz') return done();
    const now = performance.now();
    if (waiting(now) >= OVERLOAD_WAITING_REQUESTS) {
      request.log.warn({ inFlight: inFlight.size }, 'overloaded: requests are waiting, answered 503');
      answerOverloaded(request, reply, translator);
      return;
    }
    const id = next++;
    inFlight.set(id, now);
    reply.raw.once('close', () => inFlight.delete(id));
    done();
  });
}

/**
 * Sheds load before it piles up: when the event loop lags behind by more than the configured
 * delay, or the heap nears its limit, new requests are answered 503 with Retry-After at once
 * (`@fastify/under-pressure`, sampled every SAMPLE_INTERVAL_MS) instead of waiting in a queue
 * until they time out. Requests already taken run to their end, so an acknowledged write is
 * never lost; what is refused was never started. Register it before every other onRequest hook,
 * so a refusal costs no database round trip.
 */
export async function registerOverloadGuard(app: FastifyInstance, config: Config, translator: Translator): Promise<void> {
  const { eventLoopDelayMs, heapUsedMb, waitMs } = config.overload;
  if (waitMs > 0) refuseWhenRequestsWait(app, waitMs, translator);
  if (eventLoopDelayMs === 0 && heapUsedMb === 0) return;
  let readyAt = Number.POSITIVE_INFINITY;
  app.addHook('onReady', async () => {
    readyAt = performance.now();
  });
  await app.register(underPressure, {
    sampleInterval: SAMPLE_INTERVAL_MS,
    maxEventLoopDelay: eventLoopDelayMs,
    maxHeapUsedBytes: heapUsedMb === null ? defaultHeapLimitBytes() : heapUsedMb * 1024 * 1024,
    retryAfter: OVERLOAD_RETRY_AFTER_SECONDS,
    pressureHandler: (request, reply, type, value) => {
      if (request.routeOptions.config?.answerUnderPressure === true) return undefined;
      if (type === underPressure.TYPE_EVENT_LOOP_DELAY && performance.now() - readyAt < STARTUP_GRACE_MS) return undefined;
      request.log.warn({ pressure: type, value }, 'overloaded: answered 503');
      answerOverloaded(request, reply, translator);
      return undefined;
    },
  });
}
