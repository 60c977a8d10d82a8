import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';

/** Answers whether a request is for the JSON API (errors then speak problem+json). */
export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/** The locale named by a path's first segment, if any. */
export function localeFromPath(url: string): Locale | null {
  const first = url.split('?')[0]?.split('/')[1];
  return isLocale(first) ? first : null;
}

/** The same page in another language: swaps the /fi/ prefix, keeps the rest. */
export function pathInLocale(url: string, locale: Locale): string {
  const current = localeFromPath(url);
  if (!current) return `/${locale}/`;
  return `/${locale}${url.slice(current.length + 1) || '/'}`;
}

/** A localized page path: localizedPath('fi', '/processes/x') → '/fi/processes/x'. */
export function localizedPath(locale: Locale, path: string): string {
  return `/${locale}${path.startsWith('/') ? path : `/${path}`}`;
}

type PageHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> | unknown;

/**
 * Registers a page once per UI language: page(app, 'GET', '/processes/:slug', handler)
 * answers /fi/processes/:slug, /sv/… and /en/…. A rate limit given as
 * `config.rateLimit` is one limiter shared by the three, so switching the
 * language in the address does not triple the allowance.
 */
export function page(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  path: string,
  handler: PageHandler,
  options: RouteShorthandOptions = {},
): void {
  const { rateLimit, ...config } = (options.config ?? {}) as { rateLimit?: Parameters<FastifyInstance['rateLimit']>[0] };
  const limiter = rateLimit ? app.rateLimit(rateLimit) : undefined;
  for (const locale of LOCALES) {
    app.route({
      ...options,
      config,
      ...(limiter ? { onRequest: [limiter] } : {}),
      method,
      url: `/${locale}${path === '/' ? '/' : path}`,
      handler,
    });
  }
}
