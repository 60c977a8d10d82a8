import type { FastifyRequest } from 'fastify';
import { authorize } from '../../platform/http/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessBySlug, loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH, PROCESS_SLUG_PATTERN, type Process } from '../processes/index.ts';

/** The process of a coordinator's page if the actor may do `action` with it; an unknown or foreign slug is 404. */
export async function loadCoordinatedProcess(context: AppContext, request: FastifyRequest, slug: string, action: string): Promise<Process> {
  if (slug.length > PROCESS_SLUG_MAX_LENGTH || !PROCESS_SLUG_PATTERN.test(slug)) throw notFound();
  const process = await findProcessBySlug(context.db, request.identity.actor.organisationId, slug);
  if (!process) throw notFound();
  authorize(context.authorizer, request, action, { processId: process.id });
  return process;
}

/** The process of a public page (the report, the open data) as the visitor may see it; else 404. */
export function loadPublicProcess(context: AppContext, request: FastifyRequest, slug: string): Promise<Process> {
  return loadVisibleProcess(context, request.identity.actor, slug);
}
