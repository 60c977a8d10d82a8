import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessBySlug, type Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';

/** The tag the write routes are documented under in OpenAPI. */
export const API_TAG = 'processes';

const id = z.string().min(1).max(PROCESS_LIMITS.idMax);

/** Path parameters of the write API. */
export const slugParams = z.object({ slug: z.string().min(1).max(PROCESS_LIMITS.slugMax) });
/** `/processes/:slug/…/:id`. */
export const itemParams = slugParams.extend({ id });
/** `/processes/:slug/bodies/:id/members/:memberId`. */
export const memberParams = itemParams.extend({ memberId: id });
/** `/processes/:slug/bodies/:id/sectors/:sectorId`. */
export const sectorParams = itemParams.extend({ sectorId: id });

/**
 * The process named by the slug, once the actor may change it. A process the
 * actor may not even see answers 404, exactly like an unknown or foreign slug.
 */
export async function writableProcess(context: AppContext, request: FastifyRequest, slug: string, action = 'processes.process.update') {
  const process: Process = found(await findProcessBySlug(context.db, request.organisation.id, slug));
  if (!context.authorizer.can(request.identity.actor, 'processes.process.view', process)) throw notFound();
  authorize(context.authorizer, request, action, process);
  return process;
}

/**
 * Applies a PATCH to the saved values and validates the result with the
 * full schema, so cross-field rules (end after start) see the final state.
 */
export function patched<Schema extends z.ZodType>(schema: Schema, current: Record<string, unknown>, patch: object): z.output<Schema> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return parse(schema, { ...current, ...changes });
}
