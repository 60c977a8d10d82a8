import type { Actor } from '../../platform/authz/authz.ts';
import { type Audience, type AudienceContext, inAudience } from '../../platform/participation/audience.ts';
import { storedAudience } from '../../platform/participation/stored-audience.ts';
import type { Event } from './queries/find-event.ts';
import type { EventAudience } from './tables.ts';

/** An event's audience as the platform's audience check reads it. */
export function eventAudienceOf(event: Pick<Event, 'audience' | 'audienceBodyIds' | 'audienceUnitIds'>): Audience {
  return storedAudience(event.audience, { units: event.audienceUnitIds, bodies: event.audienceBodyIds });
}

/** Whether the actor is in the event's audience (the platform's one check: units with their sub-units, bodies' seats). */
export function isInEventAudience(context: AudienceContext, actor: Actor, event: Event): Promise<boolean> {
  return inAudience(context, actor, eventAudienceOf(event));
}

/** What a signed-in person outside the audience is told (whom the event is for), by audience. */
export const AUDIENCE_REFUSALS: Record<EventAudience, string> = {
  public: 'events.register.notInAudience',
  signed_in: 'events.register.signInFirst',
  staff: 'events.register.staffOnly',
  units: 'events.register.unitsOnly',
  bodies: 'events.register.bodiesOnly',
};
