import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';
import type { EventAudience, RegistrationMode } from './tables.ts';

/** What the event rules need to know: its process, whether the actor sees that process, and the audience. */
export interface EventSubject {
  processId: string;
  processVisible: boolean;
  audience: EventAudience;
}

/** What the registration rule needs to know of an event and the actor. */
export interface RegistrationSubject {
  mode: RegistrationMode;
  /**
   * Whether the actor is in the event's audience (anyone; anyone signed in; staff; staff of its
   * units or beneath them; members of its bodies). An invitation's link decides alone.
   */
  inAudience: boolean;
}

/** Staff and the staff of chosen units see staff events; the other audiences are shown to whoever sees the process. */
function seesAudience(actor: Actor, audience: EventAudience): boolean {
  return (audience !== 'staff' && audience !== 'units') || isStaff(actor);
}

/** Staff are signed-in people the organisation has given a role (member at least). */
export function isStaff(actor: Actor): boolean {
  return actor.userId !== null && actor.grants.length > 0;
}

const managesEvent = (actor: Actor, subject: { processId: string }) => managesProcess(actor, { id: subject.processId });

/** Who may see, organise and register for events, and check people in. */
export const eventPermissions = definePermissions({
  'events.event.view': (actor: Actor, event: EventSubject) =>
    managesEvent(actor, event) || (event.processVisible && seesAudience(actor, event.audience)),
  'events.event.manage': (actor: Actor, subject: { processId: string }) => managesEvent(actor, subject),
  'events.registration.register': (actor: Actor, subject: RegistrationSubject) =>
    subject.mode === 'invitation' || ((subject.mode === 'open' || (subject.mode === 'staff' && isStaff(actor))) && subject.inAudience),
  'events.checkin.manage': (actor: Actor, subject: { processId: string }) =>
    managesEvent(actor, subject) || hasRole(actor, 'facilitator', { processId: subject.processId }),
  'events.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager' || grant.role === 'facilitator'),
});
