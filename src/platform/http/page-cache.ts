import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { inOrganisation } from '../db/scope.ts';
import { dayInZone, organisationFingerprint } from '../views/fragment-cache.tsx';
import { FLASH_COOKIE } from '../views/render.tsx';

/** Per organisation, a counter that moves on whenever something a cached page shows changes. */
export interface PageVersionsTable {
  organisation_id: string;
  version: number;
}

declare module '../db/schema.ts' {
  interface Database {
    page_versions: PageVersionsTable;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Anonymous visitors may get this page from the render cache. A route may say so only
     * when what an anonymous visitor sees depends on nothing but the address, the
     * organisation's settings, today's date in its time zone, and data whose every change
     * calls bumpPageVersion in the same transaction (and the clock, when the route names the
     * instant its page changes with cachePageUntil).
     */
    pageCache?: boolean;
  }
  interface FastifyInstance {
    /** The render cache of anonymous pages (its figures are read by tests). */
    pageCache: PageCache;
  }
}

/**
 * Moves the organisation's page version on, so that no cached page rendered before the
 * change is served again, by this app process or any other. Call it inside the
 * transaction that makes the change, as its last statement (it locks one row until commit).
 */
export async function bumpPageVersion(db: Db, organisationId: string): Promise<void> {
  await db
    .insertInto('page_versions')
    .values({ organisation_id: organisationId, version: 1 })
    .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet({ version: sql<number>`page_versions.version + 1` }))
    .execute();
}

/** The organisation's current page version (0 before its first change). */
export async function readPageVersion(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('page_versions')
    .select('version')
    .$call(inOrganisation(organisationId, 'page_versions'))
    .executeTakeFirst();
  return row ? Number(row.version) : 0;
}

interface CachedPage {
  version: number;
  body: Buffer;
  contentType: string;
  cacheControl: string | null;
  /** When the page goes out of date by the clock alone (ms since the epoch), or null. */
  expiresAt?: number | null;
}

/** How much the cache may hold; the least recently used pages go first. */
export interface PageCacheLimits {
  entries: number;
  bytes: number;
}

/** Rendered pages by key, each valid for one page version; counts its hits for tests and the bench. */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly limits: PageCacheLimits = { entries: 2000, bytes: 64 * 1024 * 1024 }) {}

  /** The page stored under the key for this version, if any and not expired at `now` (ms). */
  get(key: string, version: number, now?: number): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page || page.version !== version || (page.expiresAt != null && now !== undefined && now >= page.expiresAt)) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Most recently used last, so eviction drops the page unused the longest.
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.limits.bytes / 10) return;
    this.#remove(key);
    while (this.#pages.size >= this.limits.entries || this.#bytes + page.body.length > this.limits.bytes) {
      const oldest = this.#pages.keys().next().value;
      if (oldest === undefined) break;
      this.#remove(oldest);
    }
    this.#pages.set(key, page);
    this.#bytes += page.body.length;
  }

  get size(): number {
    return this.#pages.size;
  }

  #remove(key: string): void {
    const page = this.#pages.get(key);
    if (!page) return;
    this.#pages.delete(key);
    this.#bytes -= page.body.length;
  }
}

const expiries = new WeakMap<FastifyRequest, number>();

/**
 * Says that what the page shows changes by the clock at `at` with no write (a survey opening,
 * a deadline passing): the cached copy is served only until then. The earliest of several calls wins.
 */
export function cachePageUntil(request: FastifyRequest, at: Date | string | null | undefined): void {
  if (!at) return;
  const time = new Date(at).getTime();
  if (Number.isNaN(time)) return;
  const known = expiries.get(request);
  if (known === undefined || time < known) expiries.set(request, time);
}

/** Only an anonymous visitor's GET of a page that opted in, with no message waiting for them. */
function mayUseCache(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || request.routeOptions.config?.pageCache !== true) return false;
  const identity = request.identity;
  if (!identity || !request.organisation) return false;
  if (identity.user || identity.viaToken || identity.sessionId) return false;
  return !request.cookies?.[FLASH_COOKIE];
}

/**
 * The render cache of anonymous pages. A page is stored under its organisation, its
 * settings, today's date and its address (which carries the language), together with
 * the organisation's page version read before it was rendered; it is served only
 * while that version is still current, which costs one indexed read per request and
 * keeps several app processes correct. Only 200 HTML answers that set no cookie are
 * stored, so no CSRF token, flash message or signed-in view is ever shared.
 */
export function registerPageCache(app: FastifyInstance, context: { db: Db; clock: Clock }, cache = new PageCache()): PageCache {
  const pending = new WeakMap<FastifyRequest, { key: string; version: number }>();
  app.decorate('pageCache', cache);

  app.addHook('preHandler', async (request, reply) => {
    if (!mayUseCache(request)) return;
    const organisation = request.organisation;
    const key = `${organisation.id}\n${organisationFingerprint(organisation)}\n${dayInZone(context.clock.now(), organisation.timeZone)}\n${request.url}`;
    const version = await readPageVersion(context.db, organisation.id);
    const page = cache.get(key, version, context.clock.now().getTime());
    if (!page) {
      pending.set(request, { key, version });
      return;
    }
    reply.status(200).header('content-type', page.contentType);
    if (page.cacheControl) reply.header('cache-control', page.cacheControl);
    return reply.send(page.body);
  });

  // Registered after @fastify/cookie's onSend, so any cookie the page set is visible here.
  app.addHook('onSend', async (request, reply, payload) => {
    const slot = pending.get(request);
    if (!slot || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (!contentType.startsWith('text/html')) return payload;
    const cacheControl = reply.getHeader('cache-control');
    cache.set(slot.key, {
      version: slot.version,
      body: Buffer.from(payload),
      contentType,
      cacheControl: cacheControl === undefined ? null : String(cacheControl),
      expiresAt: expiries.get(request) ?? null,
    });
    return payload;
  });

  return cache;
}
