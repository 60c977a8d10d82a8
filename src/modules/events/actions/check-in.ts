import { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import { setCheckedIn } from '../commands/check-in.ts';
import { loadManagedEvent } from '../loaders.ts';
import { EVENT_LIMITS } from '../schemas.ts';

/** Marks someone arrived (or not) at the door; facilitators may too. Back to the list, with the search kept. */
export const checkInAction = defineAction({
  name: 'events.registration.checkIn',
  summary: 'Marks a registrant arrived at the door, or not',
  tag: 'events',
  params: z.object({ id: z.string().min(1).max(EVENT_LIMITS.idMax), registrationId: z.string().min(1).max(EVENT_LIMITS.idMax) }),
  input: z.object({ arrived: z.enum(['yes', 'no']), q: z.string().trim().max(EVENT_LIMITS.searchMax).default('') }),
  load: ({ context, request, params }) => loadManagedEvent(context, request, params.id, 'events.checkin.manage'),
  run: ({ context, actor, params, subject, input, now }) =>
    setCheckedIn(context.db, actor, { eventId: subject.event.id, registrationId: params.registrationId }, input.arrived === 'yes', now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/events/:id/check-in/:registrationId',
    done: ({ subject, input }) => ({
      to: `/admin/events/${subject.event.id}/check-in${input.q ? `?q=${encodeURIComponent(input.q)}` : ''}#main`,
    }),
  },
});
