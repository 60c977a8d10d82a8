import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import type { AppContext } from '../../platform/module.ts';
import type { OrganiserAction } from './commands/register-for-event.ts';
import { attributeChain, listAttributeOptions } from './queries/attribute-options.ts';
import type { Event } from './queries/find-event.ts';

/** The organiser acting in this request, with the reason they gave (for the audit log). */
export function organiserOf(request: FastifyRequest, reason: string): OrganiserAction {
  return { actor: request.identity.actor, reason, ip: request.ip };
}

/** A unit or sector the organiser chose, with everything above it; unknown values are a field error. */
export async function resolveAttributeValues(context: AppContext, event: Event, value: string | null): Promise<string[]> {
  if (event.quotaAttribute === 'none' || value === null) return [];
  const options = await listAttributeOptions(context.db, event.organisationId, event.processId, event.quotaAttribute);
  const chain = attributeChain(options, value);
  if (chain.length === 0) {
    throw refuse.invalid({
      attributeValue: { key: event.quotaAttribute === 'unit' ? 'events.validation.unknownUnit' : 'events.validation.unknownSector' },
    });
  }
  return chain;
}
