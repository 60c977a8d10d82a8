import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/authz/authz.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { sharedRead } from '../../platform/db/shared-read.ts';
import { Refusal, refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import { hashLinkToken } from './links.ts';
import type { EventSubject } from './permissions.ts';
import { type Event, findEvent } from './queries/find-event.ts';
import { listRegistrations } from './queries/list-registrations.ts';
import { EVENT_LIMITS } from './schemas.ts';

/** An event with the process it belongs to. */
export interface EventWithProcess {
  event: Event;
  process: Process;
}

/** What the event rules decide on, for this actor. */
export function eventSubject(context: Pick<AppContext, 'authorizer'>, actor: Actor, event: Event, process: Process): EventSubject {
  return {
    processId: event.processId,
    processVisible: context.authorizer.can(actor, 'processes.process.view', process),
    audience: event.audience,
  };
}

async function findWithProcess(context: AppContext, actor: Actor, id: string): Promise<EventWithProcess | null> {
  if (id.length > EVENT_LIMITS.idMax) return null;
  const event = await findEvent(context.db, actor.organisationId, id);
  if (!event) return null;
  const process = await findProcessById(context.db, actor.organisationId, event.processId);
  return process ? { event, process } : null;
}

/**
 * loadVisibleEvent for a registration: registrations for one event that arrive together (a rush)
 * read the event and its process once (`sharedRead`). A registration writes neither, and the seats
 * and the registration window are read again under the event's lock, where they decide anything.
 */
export async function loadEventToRegister(context: AppContext, actor: Actor, id: string): Promise<EventWithProcess> {
  if (id.length > EVENT_LIMITS.idMax) throw refuse.notFound();
  const found = await sharedRead(context.db, `events.event-with-process:${actor.organisationId}:${id}`, () =>
    findWithProcess(context, actor, id),
  );
  if (!found || !context.authorizer.can(actor, 'events.event.view', eventSubject(context, actor, found.event, found.process)))
    throw refuse.notFound();
  return found;
}

/** The event if the actor may see it; unknown, foreign and hidden events all answer 404. */
export async function loadVisibleEvent(context: AppContext, actor: Actor, id: string): Promise<EventWithProcess> {
  const found = await findWithProcess(context, actor, id);
  if (!found || !context.authorizer.can(actor, 'events.event.view', eventSubject(context, actor, found.event, found.process)))
    throw refuse.notFound();
  return found;
}

/**
 * The event for an organiser's action: visitors are sent to sign in, people
 * without any events role get 403, an unknown or foreign id 404, and the
 * action is then checked against the event's own process.
 */
export async function loadManagedEvent(
  context: AppContext,
  request: FastifyRequest,
  id: string,
  action: 'events.event.manage' | 'events.checkin.manage' = 'events.event.manage',
): Promise<EventWithProcess> {
  authorize(context.authorizer, request, 'events.admin.list');
  const found = await findWithProcess(context, request.identity.actor, id);
  if (!found) throw refuse.notFound();
  authorize(context.authorizer, request, action, { processId: found.event.processId });
  return found;
}

/** A process the organiser may create events in: 404 for an unknown or foreign one, then 403 without the right there. */
export async function loadManagedProcess(context: AppContext, request: FastifyRequest, processId: string): Promise<Process> {
  const process = await findProcessById(context.db, request.organisation.id, processId);
  if (!process) throw refuse.notFound();
  authorize(context.authorizer, request, 'events.event.manage', { processId: process.id });
  return process;
}

/** An active registration of the event, as the organiser's list shows it; 404 for an unknown or cancelled one. */
export async function loadActiveRegistration(context: AppContext, event: Event, registrationId: string) {
  const item = (await listRegistrations(context.db, event.organisationId, event.id)).find((entry) => entry.id === registrationId);
  if (!item || item.status === 'cancelled') throw refuse.notFound();
  return item;
}

/** The invitation behind a personal link: 404 for an unknown or another event's link, 409 once used. */
export async function loadInvitation(context: AppContext, organisationId: string, eventId: string, token: string) {
  const invitation = await context.db
    .selectFrom('event_invitations')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_invitations'))
    .where('link_hash', '=', hashLinkToken(token))
    .executeTakeFirst();
  if (!invitation) throw new Refusal('not-found', 'events.invitation.unknown', {}, {}, 'invitation-unknown');
  if (invitation.event_id !== eventId) throw new Refusal('not-found', 'events.invitation.foreign', {}, {}, 'invitation-foreign');
  if (invitation.registration_id) throw refuse.conflict('events.invitation.used');
  return invitation;
}

/** A registration found by its personal link's token, or 404. */
export async function loadRegistrationByToken(context: AppContext, organisationId: string, token: string) {
  const row = await context.db
    .selectFrom('event_registrations')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_registrations'))
    .where('link_hash', '=', hashLinkToken(token))
    .executeTakeFirst();
  if (!row) throw refuse.notFound();
  return row;
}
