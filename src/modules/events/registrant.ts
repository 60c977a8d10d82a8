import type { FastifyRequest } from 'fastify';
import { sharedRead } from '../../platform/db/shared-read.ts';
import { Refusal, refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { check } from '../../platform/http/validation.ts';
import type { AppContext } from '../../platform/module.ts';
import type { Registrant } from './commands/register-for-event.ts';
import { AUDIENCE_REFUSALS, isInEventAudience } from './event-audience.ts';
import { loadInvitation } from './loaders.ts';
import { isStaff } from './permissions.ts';
import { attributeChain, listAttributeOptions } from './queries/attribute-options.ts';
import type { Event } from './queries/find-event.ts';
import { closedReason } from './registration-window.ts';
import { registrationSchema, signedInRegistrationSchema } from './schemas.ts';

/** The site's origin for links in mails: PUBLIC_URL when set, else what the request came to. */
export function siteOrigin(context: AppContext, request: FastifyRequest): string {
  return context.config.publicUrl?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
}

async function attributeValuesOf(context: AppContext, request: FastifyRequest, event: Event, chosen: string | null): Promise<string[]> {
  if (event.quotaAttribute === 'none') return [];
  // Registrations that arrive together read the choices once; a registration changes none of them.
  const options = await sharedRead(
    context.db,
    `events.attribute-options:${event.organisationId}:${event.processId}:${event.quotaAttribute}`,
    () => listAttributeOptions(context.db, event.organisationId, event.processId, event.quotaAttribute),
  );
  const own =
    event.registrationMode === 'staff' && request.identity.user
      ? await context.audienceLookups.unitOfUser(context.db, event.organisationId, request.identity.user.id)
      : null;
  const value = own ?? chosen;
  const field = event.quotaAttribute === 'unit' ? 'events.validation.unknownUnit' : 'events.validation.unknownSector';
  if (value === null) throw refuse.invalid({ attributeValue: { key: 'platform.validation.required' } });
  const chain = attributeChain(options, value);
  if (chain.length === 0) throw refuse.invalid({ attributeValue: { key: field } });
  return chain;
}

/**
 * Who is registering, from the request and the parsed form or body: the
 * account's name and e-mail when signed in (staff registration requires
 * it), the invitation's e-mail for an invitation, and the unit or sector
 * that picks the quota (a staff member's own unit when the account has one).
 */
export async function registrantOf(
  context: AppContext,
  request: FastifyRequest,
  event: Event,
  fields: unknown,
  invitationToken: string | null,
): Promise<Registrant> {
  const user = request.identity.user;
  // Say first why nobody can register, rather than asking a visitor to sign in for nothing.
  const closed = closedReason(event, context.clock.now());
  if (closed) throw refuse.conflict(closed);
  const actor = request.identity.actor;
  const subject = { mode: event.registrationMode, inAudience: await isInEventAudience(context, actor, event) };
  // Signed in but not staff at a staff registration, or outside the event's audience: say whom the event is for.
  if (user && !context.authorizer.can(actor, 'events.registration.register', subject))
    throw refuse.forbidden(
      event.registrationMode === 'staff' && !isStaff(actor) ? 'events.register.staffOnly' : AUDIENCE_REFUSALS[event.audience],
    );
  authorize(context.authorizer, request, 'events.registration.register', subject);
  const checked = check(user ? signedInRegistrationSchema : registrationSchema, fields);
  if (!checked.ok) throw refuse.invalid(checked.errors);
  const input = checked.data;
  const token = invitationToken ?? input.invitationToken;
  if (event.registrationMode === 'invitation' && !token)
    throw new Refusal('forbidden', 'events.invitation.required', {}, {}, 'invitation-required');
  const invitation =
    event.registrationMode === 'invitation' && token ? await loadInvitation(context, event.organisationId, event.id, token) : null;
  const name = (user?.displayName ?? input.name ?? '').trim();
  if (!name) throw refuse.invalid({ name: { key: 'platform.validation.required' } });
  return {
    name,
    email: invitation?.email ?? user?.email ?? input.email ?? '',
    userId: user?.id ?? null,
    attributeValues: await attributeValuesOf(context, request, event, input.attributeValue),
    locale: request.locale,
    siteOrigin: siteOrigin(context, request),
    answers: input.answers,
    invitationId: invitation?.id ?? null,
  };
}
