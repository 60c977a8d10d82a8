import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findPageBySlug } from '../queries/find-page.ts';
import { slugFromUrl } from '../url-keys.ts';
import { StaticPageView } from '../views/static-page-view.tsx';

// Anonymous visitors get these from the render cache: every change to a page moves the page version on.
const CACHED = { config: { pageCache: true } };

/**
 * Static pages: /pages/:slug. The pages `accessibility` and `privacy` are also shown, with the
 * feedback form and the retention rules, at /accessibility and /privacy by the privacy module.
 */
export function registerNewsPageRoutes(app: FastifyInstance, context: AppContext): void {
  const show = async (request: FastifyRequest, reply: FastifyReply, slug: string) => {
    const staticPage = found(await findPageBySlug(context.db, request.organisation.id, slugFromUrl(slug)));
    return renderPage(context, request, reply, <StaticPageView page={staticPage} />);
  };
  page(app, 'GET', '/pages/:slug', (request, reply) => show(request, reply, (request.params as { slug: string }).slug), CACHED);
}
