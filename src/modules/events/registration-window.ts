import type { Event } from './queries/find-event.ts';

/** What decides whether registration is open. */
export type RegistrationWindow = Pick<Event, 'registrationMode' | 'status' | 'startsAt' | 'endsAt' | 'registrationDeadline'>;

/**
 * Why nobody can register now, as a message key, or null when registration
 * is open. The organiser may still add people after the deadline and while
 * the event runs (walk-ins), but not to a cancelled or finished event.
 */
export function closedReason(event: RegistrationWindow, now: Date, byOrganiser = false): string | null {
  const at = now.toISOString();
  if (event.registrationMode === 'none') return 'events.register.notOpen';
  if (event.status === 'cancelled') return 'events.register.eventCancelled';
  if (event.status === 'held' || at >= event.endsAt) return 'events.register.closed';
  if (byOrganiser) return null;
  if (at >= event.startsAt) return 'events.register.closed';
  if (event.registrationDeadline !== null && at >= event.registrationDeadline) return 'events.register.deadlinePassed';
  return null;
}
