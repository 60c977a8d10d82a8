import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { localize } from '../i18n/locales.ts';
import type { AdminLink, AppContext } from '../module.ts';
import { ViewContext, type ViewContextValue } from './context.ts';

/** The cookie that carries a one-time message to the next page. */
export const FLASH_COOKIE = 'tarina_flash';

/** Builds the view context of a request. */
export function viewContextOf(
  request: FastifyRequest,
  reply: FastifyReply,
  app: Pick<AppContext, 'translator' | 'authorizer'>,
  adminLinks: AdminLink[] = [],
  status = 200,
): ViewContextValue {
  const { locale } = request;
  let token: string | null = null;
  // A pending success message waits for the next successful page, not an error re-render.
  const flash = status < 400 ? (request.cookies?.[FLASH_COOKIE] ?? null) : null;
  if (flash) reply.clearCookie(FLASH_COOKIE, { path: '/' });
  return {
    locale,
    url: request.url,
    t: (key, values) => app.translator.t(locale, key, values),
    text: (value) => localize(value, locale),
    formatDate: (date, options) => app.translator.formatDate(locale, date, options),
    href: (path) => `/${locale}${path.startsWith('/') ? path : `/${path}`}`,
    can: (action, subject) => app.authorizer.can(request.identity.actor, action, subject),
    csrfToken: () => {
      token ??= reply.generateCsrf();
      return token;
    },
    organisation: request.organisation,
    user: request.identity.user,
    actor: request.identity.actor,
    adminLinks,
    flash: flash && app.translator.has(flash) ? app.translator.t(locale, flash) : null,
    status,
  };
}

/** Renders a page for a request in its language and sends it. */
export function renderPage(context: AppContext, request: FastifyRequest, reply: FastifyReply, node: ComponentChildren, status = 200) {
  return sendPage(reply, viewContextOf(request, reply, context, context.adminLinks, status), node, status);
}

/** Sets a one-time message (a message key) shown on the next page, after a redirect. */
export function setFlash(reply: FastifyReply, key: string): void {
  reply.setCookie(FLASH_COOKIE, key, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/** Renders a page component to a complete HTML document and sends it. */
export function sendPage(reply: FastifyReply, context: ViewContextValue, node: ComponentChildren, status = 200) {
  const html = renderToString(<ViewContext.Provider value={context}>{node}</ViewContext.Provider>);
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${html}`);
}
