import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { attributeChoicesOf } from '../attribute-choices.ts';
import { recordRegistrationsRead } from '../commands/record-registrations-read.ts';
import { loadManagedEvent } from '../loaders.ts';
import { attendanceByValue } from '../queries/attendance-by-value.ts';
import { listRegistrations } from '../queries/list-registrations.ts';
import { seatSummary } from '../queries/seat-summary.ts';
import { EVENT_LIMITS } from '../schemas.ts';
import { AdminCheckInPage } from '../views/admin-check-in-page.tsx';

const eventParams = z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax) });
const searchQuery = z.object({ q: z.string().trim().max(EVENT_LIMITS.searchMax).default('') });

/** The check-in list at the door and the button that marks someone arrived (facilitators too). */
export function registerAdminCheckInRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/events/:id/check-in', async (request, reply) => {
    const { id } = parse(eventParams, request.params);
    const { q } = parse(searchQuery, request.query);
    const { event } = await loadManagedEvent(context, request, id, 'events.checkin.manage');
    const [registrations, seats, byValue, choices] = await Promise.all([
      listRegistrations(context.db, event.organisationId, event.id),
      seatSummary(context.db, event, context.clock.now()),
      attendanceByValue(context.db, event.organisationId, event.id),
      attributeChoicesOf(context, request, event),
    ]);
    await recordRegistrationsRead(context.db, request.identity.actor, event.id, request.ip, context.clock.now());
    const needle = q.toLocaleLowerCase(request.locale);
    const items = registrations
      .filter((item) => item.status === 'confirmed' && (!needle || item.name.toLocaleLowerCase(request.locale).includes(needle)))
      .sort((a, b) => a.name.localeCompare(b.name, request.locale));
    return renderPage(
      context,
      request,
      reply,
      <AdminCheckInPage event={event} items={items} query={q} seats={seats} byValue={byValue} choices={choices} />,
    );
  });
}
