import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { LoadCall } from '../../platform/actions/action.ts';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { parse } from '../../platform/http/validation.ts';
import type { AppContext } from '../../platform/module.ts';
import { type AdminBody, findBodyWithPeople } from './queries/admin-bodies.ts';
import { findPhaseForAdmin } from './queries/admin-phases.ts';
import { findTimelineItemForAdmin } from './queries/admin-timeline.ts';
import { findProcessById, findProcessBySlug, type Process } from './queries/find-process.ts';
import { PROCESS_LIMITS } from './schemas.ts';

/**
 * What the admin pages and the write API work on: a process the actor manages and a part
 * of it. The admin pages name them by id (`/admin/processes/:processId/phases/:phaseId`),
 * the API by slug (`/processes/:slug/phases/:id`); either way an unknown or foreign one is 404.
 */

const id = z.string().min(1).max(PROCESS_LIMITS.idMax);
const pageId = z.string();

/** Path parameters of the write API. */
export const slugParams = z.object({ slug: z.string().min(1).max(PROCESS_LIMITS.slugMax) });
/** `/processes/:slug/…/:id`. */
export const itemParams = slugParams.extend({ id });
/** `/processes/:slug/bodies/:id/members/:memberId`. */
export const memberParams = itemParams.extend({ memberId: id });
/** `/processes/:slug/bodies/:id/sectors/:sectorId`. */
export const sectorParams = itemParams.extend({ sectorId: id });

/** Path parameters of the admin pages (any text: an id nothing has is 404, as before). */
export const processPageParams = z.object({ processId: pageId });
export const phasePageParams = processPageParams.extend({ phaseId: pageId });
export const bodyPageParams = processPageParams.extend({ bodyId: pageId });
export const memberPageParams = bodyPageParams.extend({ memberId: pageId });
export const sectorPageParams = bodyPageParams.extend({ sectorId: pageId });
export const timelinePageParams = processPageParams.extend({ itemId: pageId });

/** The path parameters of either surface. */
export type SubjectParams = Record<string, string>;
/** What a loader needs: where the call came in and the path it named. */
export type SubjectCall = Pick<LoadCall<unknown>, 'context' | 'request' | 'params' | 'surface'>;

/** An admin page's (GET) view of its path, once the actor may open the process admin at all. */
export function adminPageCall(context: AppContext, request: FastifyRequest): SubjectCall {
  authorize(context.authorizer, request, 'processes.admin.list');
  return { context, request, params: (request.params ?? {}) as SubjectParams, surface: 'page' };
}

function orNotFound<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw refuse.notFound();
  return value;
}

/**
 * The process the call names, once the actor may `permission` it: on the admin pages an
 * unknown or foreign id is 404 and someone else's process 403; through the API a process
 * the actor may not even see answers 404, exactly like an unknown or foreign slug.
 */
export async function loadManagedProcess(call: SubjectCall, permission = 'processes.process.update'): Promise<Process> {
  const { context, request } = call;
  const params = call.params as SubjectParams;
  const organisationId = request.organisation.id;
  if (call.surface === 'api') {
    const process = orNotFound(await findProcessBySlug(context.db, organisationId, params.slug ?? ''));
    if (!context.authorizer.can(request.identity.actor, 'processes.process.view', process)) throw refuse.notFound();
    authorize(context.authorizer, request, permission, process);
    return process;
  }
  const process = orNotFound(await findProcessById(context.db, organisationId, params.processId ?? ''));
  authorize(context.authorizer, request, permission, process);
  return process;
}

/** A part's id: the page's own name for it (`phaseId`) or the API's (`id`, `memberId`). */
function partId(call: SubjectCall, pageName: string, apiName = 'id'): string {
  const params = call.params as SubjectParams;
  return (call.surface === 'api' ? params[apiName] : params[pageName]) ?? '';
}

/** A phase of a process the actor manages. */
export async function loadManagedPhase(call: SubjectCall) {
  const process = await loadManagedProcess(call);
  const phase = orNotFound(await findPhaseForAdmin(call.context.db, call.request.organisation.id, process.id, partId(call, 'phaseId')));
  return { process, phase };
}

/** A body (with its members and sectors) of a process the actor manages. */
export async function loadManagedBody(call: SubjectCall): Promise<{ process: Process; body: AdminBody }> {
  const process = await loadManagedProcess(call);
  const body = orNotFound(await findBodyWithPeople(call.context, call.request.organisation.id, process.id, partId(call, 'bodyId')));
  return { process, body };
}

/** A member of a body of a process the actor manages. */
export async function loadManagedMember(call: SubjectCall) {
  const { process, body } = await loadManagedBody(call);
  const memberId = partId(call, 'memberId', 'memberId');
  const member = orNotFound(body.members.find((candidate) => candidate.id === memberId));
  return { process, body, member, ids: { processId: process.id, bodyId: body.id, memberId: member.id } };
}

/** A sector of a stakeholder panel of a process the actor manages. */
export async function loadManagedSector(call: SubjectCall) {
  const { process, body } = await loadManagedBody(call);
  const sectorId = partId(call, 'sectorId', 'sectorId');
  const sector = orNotFound(body.sectors.find((candidate) => candidate.id === sectorId));
  return { process, body, sector, ids: { processId: process.id, bodyId: body.id, sectorId: sector.id } };
}

/** A timeline item of a process the actor manages. */
export async function loadManagedTimelineItem(call: SubjectCall) {
  const process = await loadManagedProcess(call);
  const item = orNotFound(
    await findTimelineItemForAdmin(call.context.db, call.request.organisation.id, process.id, partId(call, 'itemId')),
  );
  return { process, item };
}

/**
 * Applies a PATCH to the saved values and validates the result with the
 * full schema, so cross-field rules (end after start) see the final state.
 */
export function patched<Schema extends z.ZodType>(schema: Schema, current: object, patch: unknown): z.output<Schema> {
  const changes = Object.fromEntries(Object.entries(patch as object).filter(([, value]) => value !== undefined));
  return parse(schema, { ...current, ...changes });
}
