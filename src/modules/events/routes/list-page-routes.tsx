import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadVisibleProcess } from '../../processes/index.ts';
import { listVisibleEvents } from '../queries/list-visible-events.ts';
import { EventListPage } from '../views/event-list-page.tsx';

const slugParams = z.object({ slug: z.string().max(200) });

/** The organisation's calendar of events and a process's events. */
export function registerListPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/events', async (request, reply) => {
    const entries = await listVisibleEvents(context, request.identity.actor);
    const title = context.translator.t(request.locale, 'events.list.organisationTitle');
    return renderPage(
      context,
      request,
      reply,
      <EventListPage title={title} process={null} entries={entries} now={context.clock.now()} feedPath="/api/v1/events.ics" />,
    );
  });

  page(app, 'GET', '/processes/:slug/events', async (request, reply) => {
    const { slug } = parse(slugParams, request.params);
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const entries = await listVisibleEvents(context, request.identity.actor, process.id);
    const title = context.translator.t(request.locale, 'events.list.processTitle', { process: localize(process.title, request.locale) });
    const feedPath = `/api/v1/processes/${process.slug}/events.ics`;
    return renderPage(
      context,
      request,
      reply,
      <EventListPage title={title} process={process} entries={entries} now={context.clock.now()} feedPath={feedPath} />,
    );
  });
}
