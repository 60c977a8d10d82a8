import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';

/**
 * The origin of links in mail: PUBLIC_URL (set it in production: a forged Host header must not
 * decide where links point), else the request's own, else this host on the configured port.
 */
export function linkOrigin(context: Pick<AppContext, 'config'>, request?: FastifyRequest): string {
  if (context.config.publicUrl) return context.config.publicUrl.replace(/\/$/, '');
  if (request) return `${request.protocol}://${request.host}`;
  return `http://localhost:${context.config.port}`;
}

/** The one-click unsubscribe link (RFC 8058: a POST to it unsubscribes, a GET asks first). */
export function unsubscribeUrl(origin: string, locale: string, token: string): string {
  return `${origin}/${locale}/follows/unsubscribe/${token}`;
}

/** The page where a follower by e-mail sees and manages the subscription. */
export function manageUrl(origin: string, locale: string, token: string): string {
  return `${origin}/${locale}/follows/manage/${token}`;
}

/** The List-Unsubscribe headers of every mail to a follower (RFC 2369 and RFC 8058). */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
