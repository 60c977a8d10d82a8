import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../platform/authz/authz.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { unauthenticated } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { findProcessById, loadVisibleProcess, PROCESS_SLUG_MAX_LENGTH } from '../../processes/index.ts';
import { unitsOf } from '../actions/render-pages.tsx';
import { findGoal } from '../queries/find-goal-parts.ts';
import { loadGoalTrace } from '../queries/load-goal-trace.ts';
import { loadMyTrace } from '../queries/load-my-trace.ts';
import { goalParams } from '../schemas.ts';
import { findTraceMail } from '../trace-mail-preferences.ts';
import { goalTraceResponseSchema, myTraceResponseSchema, presentGoalTrace, presentMyTrace } from '../trace-presenters.ts';
import { GoalTracePage } from '../views/goal-trace-page.tsx';
import { MyTracePage } from '../views/my-trace-page.tsx';

const traceParams = z.object({ slug: z.string().max(PROCESS_SLUG_MAX_LENGTH), goalId: z.string().max(64) });

/** A goal whose process the actor may see; unknown, foreign and hidden all answer 404. */
async function loadVisibleGoal(context: AppContext, actor: Actor, goalId: string) {
  const goal = await findGoal(context.db, actor.organisationId, goalId);
  const process = goal && (await findProcessById(context.db, actor.organisationId, goal.processId));
  if (!goal || !process || !context.authorizer.can(actor, 'processes.process.view', process)) throw refuse.notFound();
  return { goal, process };
}

/**
 * The trace, both ways, as pages and in the API (the same loaders: one query per step over `links`): from voices
 * to a goal (public wherever the process is visible), and a person's "what became of what I said".
 */
export function registerTraceRoutes(app: FastifyInstance, context: AppContext): void {
  // "What became of what I said": a signed-in person's own contributions and where they reached.
  page(app, 'GET', '/goals/mine', async (request, reply) => {
    const user = request.identity.user;
    if (!user) throw unauthenticated();
    const [entries, traceMail] = await Promise.all([
      loadMyTrace(context.db, request.organisation.id, user.id),
      findTraceMail(context.db, request.organisation.id, user.id),
    ]);
    return renderPage(context, request, reply, <MyTracePage entries={entries} traceMail={traceMail} />);
  });
  page(app, 'GET', '/processes/:slug/goals/:goalId/trace', async (request, reply) => {
    const { slug, goalId } = traceParams.parse(request.params);
    const process = await loadVisibleProcess(context, request.identity.actor, slug);
    const goal = await findGoal(context.db, request.identity.actor.organisationId, goalId);
    if (!goal || goal.processId !== process.id) throw refuse.notFound();
    const trace = await loadGoalTrace(context.db, request.identity.actor.organisationId, goal);
    const units = await unitsOf(context, request);
    return renderPage(context, request, reply, <GoalTracePage process={process} trace={trace} unitNames={units.names} />);
  });

  context.api.add(app, {
    method: 'GET',
    url: '/goals/mine',
    summary:
      'What became of what I said: the signed-in person’s newest contributions, the published themes that group them and the goals drawing on those',
    tag: 'goals',
    access: 'signed-in',
    response: myTraceResponseSchema,
    handler: async ({ request }) => {
      const user = request.identity.user;
      if (!user) throw unauthenticated();
      return presentMyTrace(await loadMyTrace(context.db, request.identity.actor.organisationId, user.id));
    },
  });

  context.api.add(app, {
    method: 'GET',
    url: '/goals/:goalId/trace',
    summary:
      'A goal’s trace: its approved story paragraph, the published themes it draws on with counts and quotes, the number of contributions behind them, and the objectives serving it',
    tag: 'goals',
    params: goalParams,
    response: goalTraceResponseSchema,
    handler: async ({ params, request }) => {
      const { goal, process } = await loadVisibleGoal(context, request.identity.actor, params.goalId);
      return presentGoalTrace(await loadGoalTrace(context.db, request.identity.actor.organisationId, goal), process.slug);
    },
  });
}
