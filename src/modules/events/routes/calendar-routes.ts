import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../../platform/http/api.ts';
import { isLocale, type Locale, localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { type CalendarEntry, renderCalendar } from '../ical.ts';
import { loadVisibleEvent } from '../loaders.ts';
import { listVisibleEvents, type VisibleEvent } from '../queries/list-visible-events.ts';
import { siteOrigin } from '../registrant.ts';
import { EVENT_LIMITS } from '../schemas.ts';

const languageQuery = z.object({ lang: z.string().max(5).optional() });

/** The calendar's language: ?lang=fi|sv|en, else the one the request's Accept-Language asks for. */
function languageOf(request: FastifyRequest): Locale {
  const query = languageQuery.safeParse(request.query);
  const lang = query.success ? query.data.lang : undefined;
  return isLocale(lang) ? lang : request.locale;
}

function entriesOf(context: AppContext, request: FastifyRequest, locale: Locale, events: VisibleEvent[]): CalendarEntry[] {
  const origin = siteOrigin(context, request);
  return events.map(({ event }) => ({ event, url: `${origin}/${locale}/events/${event.id}` }));
}

function sendCalendar(reply: FastifyReply, body: string, filename: string) {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-cache')
    .send(body);
}

/**
 * iCalendar feeds: the organisation's, a process's, and one event's file
 * ("add to my calendar"). Plain routes, not the JSON API registry, because
 * they answer text/calendar. They show only what the caller may see, and a
 * calendar app subscribes without cookies, so it sees the public events.
 */
export function registerCalendarRoutes(app: FastifyInstance, context: AppContext): void {
  app.get(`${API_PREFIX}/events.ics`, async (request, reply) => {
    const locale = languageOf(request);
    const events = await listVisibleEvents(context, request.identity.actor);
    const name = context.translator.t(locale, 'events.calendar.organisationFeed', {
      organisation: localize(request.organisation.name, locale),
    });
    return sendCalendar(reply, renderCalendar(entriesOf(context, request, locale, events), { name, locale }), 'events.ics');
  });

  app.get(`${API_PREFIX}/processes/:slug/events.ics`, async (request, reply) => {
    const locale = languageOf(request);
    const { slug } = request.params as { slug: string };
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const events = await listVisibleEvents(context, request.identity.actor, process.id);
    const name = context.translator.t(locale, 'events.calendar.processFeed', { process: localize(process.title, locale) });
    return sendCalendar(reply, renderCalendar(entriesOf(context, request, locale, events), { name, locale }), `${process.slug}.ics`);
  });

  app.get(`${API_PREFIX}/events/:id.ics`, async (request, reply) => {
    const locale = languageOf(request);
    const { id } = request.params as { id: string };
    const found = await loadVisibleEvent(context, request.identity.actor, id.slice(0, EVENT_LIMITS.idMax + 1));
    const name = localize(found.event.title, locale);
    return sendCalendar(reply, renderCalendar(entriesOf(context, request, locale, [found]), { name, locale }), `${found.event.id}.ics`);
  });
}
