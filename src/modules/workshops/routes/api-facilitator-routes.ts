import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../platform/authz/authz.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { idParamsSchema, itemParamsSchema } from '../schemas.ts';
import { loadRoom } from './access.ts';
import { FACILITATOR_ACTIONS, type FacilitatorActionName } from './facilitator-actions.ts';

type Method = 'POST' | 'PATCH' | 'DELETE';

/** How an action appears in the API: its URL, where the item id goes, and what the body holds. */
interface ApiAction {
  method: Method;
  url: string;
  summary: string;
  action: FacilitatorActionName;
  itemField?: string;
  status?: number;
}

const API_ACTIONS: ApiAction[] = [
  {
    method: 'POST',
    url: '/workshops/:id/prompts/:itemId/stage',
    summary: 'Moves a prompt to a stage (pending, writing, clustering, voting, results) and everyone to that prompt',
    action: 'stage',
    itemField: 'promptId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/prompts/:itemId/reveal',
    summary: 'Reveals a prompt’s hidden notes to everyone',
    action: 'reveal',
    itemField: 'promptId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/clusters',
    summary: 'Creates a named cluster on a wall (the current prompt unless promptId; a group’s wall with groupId)',
    action: 'create-cluster',
    status: 201,
  },
  {
    method: 'PATCH',
    url: '/workshops/:id/clusters/:itemId',
    summary: 'Renames a cluster',
    action: 'rename-cluster',
    itemField: 'clusterId',
  },
  {
    method: 'DELETE',
    url: '/workshops/:id/clusters/:itemId',
    summary: 'Removes a cluster; its notes stay on the wall',
    action: 'delete-cluster',
    itemField: 'clusterId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/notes/:itemId/move',
    summary: 'Moves a note into a cluster of its wall, or out of clusters with clusterId null',
    action: 'move',
    itemField: 'noteId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/notes/:itemId/merge',
    summary: 'Merges a note into a duplicate on the same wall',
    action: 'merge',
    itemField: 'noteId',
  },
  { method: 'POST', url: '/workshops/:id/notes/:itemId/separate', summary: 'Undoes a merge', action: 'separate', itemField: 'noteId' },
  {
    method: 'POST',
    url: '/workshops/:id/notes/:itemId/hide',
    summary:
      'Hides a note (with its duplicates) from the room: off every wall but the console’s, its dots given back, out of results and the corpus',
    action: 'hide',
    itemField: 'noteId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/notes/:itemId/unhide',
    summary: 'Shows a hidden note (with its duplicates) in the room again',
    action: 'unhide',
    itemField: 'noteId',
  },
  {
    method: 'POST',
    url: '/workshops/:id/timer',
    summary: 'Starts a timer of some minutes for everyone, or stops it with minutes null',
    action: 'timer',
  },
  {
    method: 'POST',
    url: '/workshops/:id/lock',
    summary: 'Locks the room, or opens it with locked false',
    action: 'lock',
  },
];

/** The action's own schema without the field the URL gives: the body it documents and validates first. */
function bodyOf(route: ApiAction): z.ZodObject | undefined {
  const schema = FACILITATOR_ACTIONS[route.action].schema as unknown as z.ZodObject;
  const body = route.itemField ? schema.omit({ [route.itemField]: true } as never) : schema;
  return Object.keys(body.shape).length > 0 ? body : undefined;
}

/**
 * The facilitator's API, one route per action of FACILITATOR_ACTIONS: the
 * console's script and integrations use it; each change reaches live rooms.
 */
export function registerFacilitatorApi(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  for (const route of API_ACTIONS) {
    const definition = FACILITATOR_ACTIONS[route.action];
    context.api.add(app, {
      method: route.method,
      url: route.url,
      summary: route.summary,
      tag: 'workshops',
      params: route.itemField ? itemParamsSchema : idParamsSchema,
      access: 'signed-in',
      // An ended workshop, a closed stage or a hidden note refuses the change.
      errors: [409],
      body: bodyOf(route),
      noBody: bodyOf(route) ? undefined : true,
      response: route.status === 201 ? z.object({ id: z.string() }) : undefined,
      status: route.status ?? 204,
      handler: async ({ request, params, body }) => {
        const room = await loadRoom(context, request, params.id);
        authorize(context.authorizer, request, 'workshops.workshop.facilitate', { processId: room.workshop.processId });
        const item = route.itemField && 'itemId' in params ? { [route.itemField]: params.itemId } : {};
        const input = parse(definition.schema, { ...(body ? (request.body as object | undefined) : {}), ...item });
        const result = await (definition.run as (c: AppContext, w: typeof room.workshop, i: unknown, a: Actor) => Promise<unknown>)(
          context,
          room.workshop,
          input,
          request.identity.actor,
        );
        await live.changed(room.workshop);
        return route.status === 201 ? { id: String(result) } : undefined;
      },
    });
  }
}
