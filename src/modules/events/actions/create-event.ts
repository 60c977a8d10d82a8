import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { parse } from '../../../platform/http/validation.ts';
import { loadVisibleProcess } from '../../processes/index.ts';
import { createEvent } from '../commands/create-event.ts';
import { loadManagedProcess } from '../loaders.ts';
import { eventResponseSchema, presentEvent } from '../presenters.ts';
import { findEvent } from '../queries/find-event.ts';
import { sentValues, showNewForm } from '../routes/admin-event-routes.tsx';
import { EVENT_LIMITS, eventSchema } from '../schemas.ts';
import { onlyFieldErrors } from './form-refusal.ts';

const processQuery = z.object({ process: z.string().max(EVENT_LIMITS.idMax).optional() });
const slugParams = z.object({ slug: z.string().max(100) });

/**
 * Creates an event of a process: the admin form names the process in its query
 * (`?process=`), the API in its path; then on to the event's registration settings.
 */
export const createEventAction = defineAction({
  name: 'events.event.create',
  summary: 'Creates an event of a process (times are wall-clock in the organisation’s time zone)',
  tag: 'events',
  input: eventSchema,
  permission: 'events.admin.list',
  load: async ({ context, request, params, surface }) => {
    if (surface === 'page') return loadManagedProcess(context, request, parse(processQuery, request.query).process ?? '');
    const process = await loadVisibleProcess(context, request.identity.actor, (params as unknown as z.output<typeof slugParams>).slug);
    authorize(context.authorizer, request, 'events.event.manage', { processId: process.id });
    return process;
  },
  run: ({ context, request, actor, subject, input, now }) =>
    createEvent(context.db, actor, subject.id, input, request.organisation.timeZone, now),
  pageVersion: 'in-command',
  after: [],
  api: {
    method: 'POST',
    url: '/processes/:slug/events',
    params: slugParams,
    access: 'signed-in',
    status: 201,
    response: eventResponseSchema,
    present: async ({ context, request, subject }, id) =>
      presentEvent(found(await findEvent(context.db, request.organisation.id, id)), subject),
  },
  page: {
    url: '/admin/events/new',
    form: ({ context, request, subject }, reply, state, status) => {
      onlyFieldErrors(state, status);
      return showNewForm(context, request, reply, subject, sentValues(state.values), state.errors);
    },
    done: (_call, id) => ({ to: `/admin/events/${id}/registration`, flash: 'events.admin.created' }),
  },
});
