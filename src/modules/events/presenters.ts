import { z } from 'zod';
import { badCursor } from '../../platform/http/api.ts';
import type { Process } from '../processes/index.ts';
import type { Event } from './queries/find-event.ts';
import type { SeatSummary } from './queries/seat-summary.ts';
import { EVENT_AUDIENCES, EVENT_KINDS, EVENT_STATUSES, QUOTA_ATTRIBUTES, REGISTRATION_MODES } from './tables.ts';

const localizedText = z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() });

/** An event as the API shows it. */
export const eventResponseSchema = z.object({
  id: z.string(),
  process: z.object({ id: z.string(), slug: z.string() }),
  timelineItemId: z.string().nullable(),
  kind: z.enum(EVENT_KINDS),
  title: localizedText,
  description: localizedText,
  agenda: localizedText,
  summary: localizedText.nullable(),
  place: localizedText,
  onlineUrl: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  audience: z.enum(EVENT_AUDIENCES),
  audienceBodyIds: z.array(z.string()),
  /** The chosen units (their staff and the staff beneath them), for the 'units' audience. */
  audienceUnitIds: z.array(z.string()),
  responsible: localizedText,
  status: z.enum(EVENT_STATUSES),
  sequence: z.number().int(),
  calendarUrl: z.string(),
  registration: z.object({
    mode: z.enum(REGISTRATION_MODES),
    deadline: z.string().nullable(),
    quotaReleaseAt: z.string().nullable(),
    quotaAttribute: z.enum(QUOTA_ATTRIBUTES),
    capacity: z.number().int().nullable(),
  }),
});

/** Seats of an event as the API shows them (anyone may see how full an event is). */
export const seatsResponseSchema = z.object({
  capacity: z.number().int().nullable(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  open: z.object({ seats: z.number().int().nullable(), confirmed: z.number().int(), waitlisted: z.number().int() }),
  quotas: z.array(
    z.object({
      id: z.string(),
      value: z.string(),
      label: localizedText,
      seats: z.number().int(),
      confirmed: z.number().int(),
      waitlisted: z.number().int(),
    }),
  ),
});

/** An event with its seats. */
export const eventDetailResponseSchema = eventResponseSchema.extend({ seats: seatsResponseSchema });

/** Shapes an event for the API. */
export function presentEvent(event: Event, process: Process): z.input<typeof eventResponseSchema> {
  return {
    id: event.id,
    process: { id: process.id, slug: process.slug },
    timelineItemId: event.timelineItemId,
    kind: event.kind,
    title: event.title,
    description: event.description,
    agenda: event.agenda,
    summary: event.status === 'held' ? event.summary : null,
    place: event.place,
    onlineUrl: event.onlineUrl,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    audience: event.audience,
    audienceBodyIds: event.audienceBodyIds,
    audienceUnitIds: event.audienceUnitIds,
    responsible: event.responsible,
    status: event.status,
    sequence: event.sequence,
    calendarUrl: `/api/v1/events/${event.id}.ics`,
    registration: {
      mode: event.registrationMode,
      deadline: event.registrationDeadline,
      quotaReleaseAt: event.quotaReleaseAt,
      quotaAttribute: event.quotaAttribute,
      capacity: event.capacity,
    },
  };
}

/** Shapes seat figures for the API. */
export function presentSeats(seats: SeatSummary): z.input<typeof seatsResponseSchema> {
  return {
    capacity: seats.capacity,
    confirmed: seats.confirmed,
    waitlisted: seats.waitlisted,
    open: { seats: seats.open.seats, confirmed: seats.open.confirmed, waitlisted: seats.open.waitlisted },
    quotas: seats.quotas.map((quota) => ({
      id: quota.id,
      value: quota.attributeValue,
      label: quota.label,
      seats: quota.seats,
      confirmed: quota.confirmed,
      waitlisted: quota.waitlisted,
    })),
  };
}

/** What a registration came to, as POST …/registrations answers. */
export const registrationResultSchema = z.object({
  id: z.string(),
  status: z.enum(['confirmed', 'waitlisted']),
  pool: z.enum(['quota', 'open']).nullable(),
  /** The personal page, where the registrant sees their status and can cancel. */
  manageUrl: z.string(),
});

/** A registration as the organiser sees it. */
export const registrationItemSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  pool: z.enum(['quota', 'open']).nullable(),
  quotaId: z.string().nullable(),
  attributeValue: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  locale: z.string(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
});

/** Pages a list already read whole (events of a process are tens, not thousands), the last id as cursor. */
export function paginate<Item extends { id: string }>(items: Item[], limit: number, cursor: string | undefined) {
  const index = cursor ? items.findIndex((item) => item.id === cursor) : -1;
  if (cursor && index < 0) throw badCursor();
  const start = index + 1;
  const page = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: page, nextCursor: more ? (page.at(-1)?.id ?? null) : null };
}
