import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { ComponentChild, ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Actor } from '../authz/authz.ts';
import type { OrganisationInfo } from '../http/request-context.ts';
import { dateTimeFormat } from '../i18n/translator.ts';
import { ViewContext, type ViewContextValue } from './context.ts';

/** A rendered part of a page and what the page around it needs to know of it (its title, say). */
export interface Fragment<Meta> {
  html: string;
  meta: Meta;
}

interface Entry<Meta> extends Fragment<Meta> {
  version: number;
  /** When it goes out of date by the clock alone (ms since the epoch), or null. */
  expiresAt: number | null;
  bytes: number;
}

/** How much a fragment cache may hold; the least recently used fragments go first. */
export interface FragmentCacheLimits {
  entries: number;
  bytes: number;
}

/**
 * Rendered parts of pages by key, each valid for one page version of its organisation and
 * until its expiry. Unlike the render cache of anonymous pages it serves signed-in people too,
 * so its key must name everything about the viewer the fragment depends on (`viewerFingerprint`),
 * and a fragment holds nothing personal or tied to a session: it is rendered under
 * `sharedView`, which refuses the CSRF token, the flash message, the person and the URL.
 */
export class FragmentCache<Meta> {
  readonly #entries = new Map<string, Entry<Meta>>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly limits: FragmentCacheLimits = { entries: 2000, bytes: 32 * 1024 * 1024 }) {}

  /** The fragment stored under the key for this page version, unless it has expired at `now` (ms). */
  get(key: string, version: number, now: number): Fragment<Meta> | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.version !== version || (entry.expiresAt !== null && now >= entry.expiresAt)) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Most recently used last, so eviction drops the fragment unused the longest.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** Stores a fragment rendered from data read after `version` was read; it is served only while that version is current. */
  set(key: string, version: number, fragment: Fragment<Meta>, expiresAt: number | null): void {
    // A JavaScript string takes up to two bytes a character.
    const bytes = fragment.html.length * 2;
    if (bytes > this.limits.bytes / 10) return;
    this.#remove(key);
    while (this.#entries.size >= this.limits.entries || this.#bytes + bytes > this.limits.bytes) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#remove(oldest);
    }
    this.#entries.set(key, { ...fragment, version, expiresAt, bytes });
    this.#bytes += bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}

/**
 * Everything about the viewer that what the modules show them may depend on: anonymous, or the
 * person's id and every role grant they hold (the permission rules read nothing else of an actor).
 * A grant given or taken away changes it, so the person sees the change at once.
 */
export function viewerFingerprint(actor: Actor): string {
  if (actor.userId === null) return 'anonymous';
  const grants = actor.grants.map((grant) => `${grant.role}:${grant.scopeType}:${grant.scopeId ?? ''}`).sort();
  return `user:${actor.userId}:${grants.join(',')}`;
}

const organisationFingerprints = new WeakMap<OrganisationInfo, string>();

/** The organisation's settings (its time zone among them); the request context hands out a new object when they change. */
export function organisationFingerprint(organisation: OrganisationInfo): string {
  let fingerprint = organisationFingerprints.get(organisation);
  if (fingerprint === undefined) {
    fingerprint = JSON.stringify(organisation);
    organisationFingerprints.set(organisation, fingerprint);
  }
  return fingerprint;
}

const days = new Map<string, { minute: number; day: string }>();

/**
 * Today's date (`YYYY-MM-DD`) in a time zone, for a key. Every time zone's day begins on a whole
 * minute, so one answer per zone and minute is exact.
 */
export function dayInZone(now: Date, timeZone: string): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = days.get(timeZone);
  if (known?.minute === minute) return known.day;
  const day = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  if (days.size >= 100) days.clear();
  days.set(timeZone, { minute, day });
  return day;
}

function refuse(what: string): never {
  throw new Error(`A shared fragment may not hold ${what}: render it in the page around the fragment, or put it in the key`);
}

/**
 * The request's view for rendering a shared fragment: the same language, organisation and
 * permissions (the actor is in the key), but asking for the CSRF token, the flash message, the
 * signed-in person or the address throws, so nothing of one session can end up in another's page.
 */
export function sharedView(view: ViewContextValue): ViewContextValue {
  return {
    locale: view.locale,
    t: view.t,
    text: view.text,
    formatDate: view.formatDate,
    href: view.href,
    can: view.can,
    organisation: view.organisation,
    actor: view.actor,
    adminLinks: view.adminLinks,
    status: view.status,
    csrfToken: () => refuse('a CSRF token'),
    get user(): never {
      return refuse('the signed-in person');
    },
    get flash(): never {
      return refuse('a flash message');
    },
    get url(): never {
      return refuse('the address (query strings differ)');
    },
  };
}

/** Renders a fragment to HTML under the shared view of the request (see `sharedView`). */
export function renderFragment(view: ViewContextValue, node: ComponentChildren): string {
  return renderToString(<ViewContext.Provider value={sharedView(view)}>{node}</ViewContext.Provider>);
}

// Stands in the rendered frame where the fragment goes. Random per process, so no text a visitor
// or an editor writes (a title, a name) can contain it.
const SLOT = `tarina-fragment-${randomBytes(12).toString('hex')}`;

/**
 * Renders the page's frame (layout, header, flash message, CSRF tokens: everything of this
 * request) with the fragment's HTML in its slot, and sends it as `sendPage` does.
 */
export function sendPageAround(
  reply: FastifyReply,
  view: ViewContextValue,
  frame: (slot: ComponentChild) => ComponentChild,
  fragmentHtml: string,
  status = 200,
) {
  const html = renderToString(<ViewContext.Provider value={view}>{frame(SLOT)}</ViewContext.Provider>);
  const at = html.indexOf(SLOT);
  if (at < 0) throw new Error('The page frame did not render its slot');
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${html.slice(0, at)}${fragmentHtml}${html.slice(at + SLOT.length)}`);
}
