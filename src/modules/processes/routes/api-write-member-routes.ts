import type { FastifyInstance } from 'fastify';
import { found } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { addMember } from '../commands/add-member.ts';
import { addSector } from '../commands/add-sector.ts';
import { removeMember } from '../commands/remove-member.ts';
import { removeSector } from '../commands/remove-sector.ts';
import { updateMember } from '../commands/update-member.ts';
import { findBodyForAdmin } from '../queries/admin-bodies.ts';
import { memberPatchSchema, memberSchema, sectorSchema } from '../schemas.ts';
import { memberResponseSchema, sectorResponseSchema } from './api-write-responses.ts';
import { API_TAG, itemParams, memberParams, patched, sectorParams, writableProcess } from './api-write-support.ts';

/** A body of a process, with its members and sectors, or 404. */
async function bodyOf(context: AppContext, organisationId: string, processId: string, bodyId: string) {
  return found(await findBodyForAdmin(context.db, organisationId, processId, bodyId));
}

function registerMemberWrites(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/members',
    summary: 'Add a member (by position title) to a body',
    tag: API_TAG,
    params: itemParams,
    body: memberSchema,
    response: memberResponseSchema,
    status: 201,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const ids = { processId: process.id, bodyId: params.id };
      const id = await addMember(context.db, request.identity.actor, ids, body, context.clock.now());
      const saved = await bodyOf(context, request.organisation.id, process.id, params.id);
      return found(saved.members.find((member) => member.id === id));
    },
  });

  context.api.add(app, {
    method: 'PATCH',
    url: '/processes/:slug/bodies/:id/members/:memberId',
    summary: 'Change a member of a body (fields left out stay as they are)',
    tag: API_TAG,
    params: memberParams,
    body: memberPatchSchema,
    response: memberResponseSchema,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const current = await bodyOf(context, request.organisation.id, process.id, params.id);
      const member = found(current.members.find((candidate) => candidate.id === params.memberId));
      const input = patched(memberSchema, { ...member }, body);
      const ids = { processId: process.id, bodyId: current.id, memberId: member.id };
      await updateMember(context.db, request.identity.actor, ids, input, context.clock.now());
      const saved = await bodyOf(context, request.organisation.id, process.id, current.id);
      return found(saved.members.find((candidate) => candidate.id === member.id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug/bodies/:id/members/:memberId',
    summary: 'Remove a member from a body',
    tag: API_TAG,
    params: memberParams,
    permission: 'processes.admin.list',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const ids = { processId: process.id, bodyId: params.id, memberId: params.memberId };
      await removeMember(context.db, request.identity.actor, ids, context.clock.now());
      return undefined;
    },
  });
}

function registerSectorWrites(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'POST',
    url: '/processes/:slug/bodies/:id/sectors',
    summary: 'Add a sector to a stakeholder panel (409 when the body has the key already)',
    tag: API_TAG,
    errors: [409],
    params: itemParams,
    body: sectorSchema,
    response: sectorResponseSchema,
    status: 201,
    permission: 'processes.admin.list',
    handler: async ({ params, body, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const id = await addSector(
        context.db,
        request.identity.actor,
        { processId: process.id, bodyId: params.id },
        body,
        context.clock.now(),
      );
      const saved = await bodyOf(context, request.organisation.id, process.id, params.id);
      return found(saved.sectors.find((sector) => sector.id === id));
    },
  });

  context.api.add(app, {
    method: 'DELETE',
    url: '/processes/:slug/bodies/:id/sectors/:sectorId',
    summary: 'Remove a sector from a body (its members stay, without a sector)',
    tag: API_TAG,
    params: sectorParams,
    permission: 'processes.admin.list',
    handler: async ({ params, request }) => {
      const process = await writableProcess(context, request, params.slug);
      const ids = { processId: process.id, bodyId: params.id, sectorId: params.sectorId };
      await removeSector(context.db, request.identity.actor, ids, context.clock.now());
      return undefined;
    },
  });
}

/** Writes of a body's members and sectors. */
export function registerBodyPartWriteApiRoutes(app: FastifyInstance, context: AppContext): void {
  registerMemberWrites(app, context);
  registerSectorWrites(app, context);
}
