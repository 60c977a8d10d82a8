import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pageOf, pageQuerySchema } from '../../../platform/http/api.ts';
import { invalid } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import {
  bodySchema,
  paginate,
  phaseSchema,
  presentBody,
  presentPhase,
  presentProcess,
  presentTimelineItem,
  processSchema,
  slugParamsSchema,
  timelineItemSchema,
} from '../presenters.ts';
import { describeProgress, todayIn } from '../queries/describe-progress.ts';
import { filterTimelineByAudience, timelineFilterSchema } from '../queries/filter-timeline.ts';
import { loadVisibleProcess } from '../queries/find-visible-process.ts';
import { listBodies, listBodiesWithNames } from '../queries/list-bodies.ts';
import { listPhases } from '../queries/list-phases.ts';
import { listTimeline } from '../queries/list-timeline.ts';
import { listVisibleProcesses } from '../queries/list-visible-processes.ts';

const TAG = 'processes';

function today(context: AppContext, request: FastifyRequest): string {
  return todayIn(context.clock.now(), request.organisation.timeZone);
}

/** GET /processes: the visible processes, newest first, each with where it stands today. */
function listProcesses(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes',
    summary: 'List the processes the caller may see, newest first',
    tag: TAG,
    query: pageQuerySchema,
    response: pageOf(processSchema),
    handler: async ({ query, request }) => {
      const day = today(context, request);
      const processes = await listVisibleProcesses(context, request.identity.actor);
      const items = processes.map(({ process, phases }) => presentProcess(process, describeProgress(phases, day)));
      return paginate(items, query.limit, query.cursor);
    },
  });
}

/** GET /processes/:slug: one visible process with its current phase and progress. */
function getProcess(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug',
    summary: 'Get a process with its current phase and progress',
    tag: TAG,
    params: slugParamsSchema,
    response: processSchema,
    handler: async ({ params, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const phases = await listPhases(context.db, request.organisation.id, [process.id]);
      return presentProcess(process, describeProgress(phases, today(context, request)));
    },
  });
}

/** GET /processes/:slug/phases: the phases with their state today. */
function listProcessPhases(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/phases',
    summary: 'List the phases of a process; `current` marks the phase whose dates contain today',
    tag: TAG,
    params: slugParamsSchema,
    query: pageQuerySchema,
    response: pageOf(phaseSchema),
    handler: async ({ params, query, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const phases = await listPhases(context.db, request.organisation.id, [process.id]);
      const progress = describeProgress(phases, today(context, request));
      return paginate(
        phases.map((phase) => presentPhase(phase, progress)),
        query.limit,
        query.cursor,
      );
    },
  });
}

/** GET /processes/:slug/bodies: the bodies with their members and sectors. */
function listProcessBodies(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/bodies',
    summary: 'List the bodies of a process with their members and sectors',
    tag: TAG,
    params: slugParamsSchema,
    query: pageQuerySchema,
    response: pageOf(bodySchema),
    handler: async ({ params, query, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const bodies = await listBodiesWithNames(context, request.organisation.id, process.id);
      return paginate(bodies.map(presentBody), query.limit, query.cursor);
    },
  });
}

/** GET /processes/:slug/timeline: the timeline, optionally only one audience body's items. */
function listProcessTimeline(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/processes/:slug/timeline',
    summary: 'List the timeline of a process in date order, optionally only the items for one body (`audience`)',
    tag: TAG,
    params: slugParamsSchema,
    query: pageQuerySchema.extend(timelineFilterSchema.shape),
    response: pageOf(timelineItemSchema),
    handler: async ({ params, query, request }) => {
      const process = await loadVisibleProcess(context, request.identity.actor, params.slug);
      const [bodies, items] = await Promise.all([
        listBodies(context.db, request.organisation.id, process.id),
        listTimeline(context.db, request.organisation.id, process.id),
      ]);
      const filtered = filterTimelineByAudience(items, bodies, query.audience);
      if (!filtered.ok) throw invalid({ audience: { key: 'processes.timeline.unknownAudience' } });
      return paginate(filtered.items.map(presentTimelineItem), query.limit, query.cursor);
    },
  });
}

/** The read API of processes: the list, one process, and its phases, bodies and timeline. */
export function registerProcessApiRoutes(app: FastifyInstance, context: AppContext): void {
  for (const register of [listProcesses, getProcess, listProcessPhases, listProcessBodies, listProcessTimeline]) register(app, context);
}
