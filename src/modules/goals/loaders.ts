import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import { unitPathOf } from './commands/unit-path.ts';
import type { Goal, Indicator, Measure, Objective, Round } from './model.ts';
import type { UnitWork } from './permissions.ts';
import { findGoal, findIndicator, findObjective } from './queries/find-goal-parts.ts';
import { findReportLink, findRound } from './queries/find-round.ts';
import { findMeasure } from './queries/list-measures.ts';

type Context = Pick<AppContext, 'db' | 'authorizer'>;

/** A process of the organisation for the goals' admin pages: 401/403 first by `goals.admin.list`, then unknown and foreign alike 404. */
export async function loadGoalsProcess(context: Context, request: FastifyRequest, processId: string): Promise<Process> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const process = await findProcessById(context.db, request.identity.actor.organisationId, processId);
  if (!process) throw refuse.notFound();
  return process;
}

/** A goal with its process (the actor may see the goals' admin pages). */
export async function loadGoal(context: Context, request: FastifyRequest, goalId: string): Promise<{ goal: Goal; process: Process }> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const goal = await findGoal(context.db, request.identity.actor.organisationId, goalId);
  if (!goal) throw refuse.notFound();
  return { goal, process: await loadGoalsProcess(context, request, goal.processId) };
}

/** An objective with its goal, process and the subject the unit rules ask about. */
export interface LoadedObjective {
  objective: Objective;
  goal: Goal;
  process: Process;
  work: UnitWork;
}

export async function loadObjective(context: Context, request: FastifyRequest, objectiveId: string): Promise<LoadedObjective> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const organisationId = request.identity.actor.organisationId;
  const objective = await findObjective(context.db, organisationId, objectiveId);
  if (!objective) throw refuse.notFound();
  const { goal, process } = await loadGoal(context, request, objective.goalId);
  const unitPath = await unitPathOf(context.db, organisationId, objective.unitId);
  return { objective, goal, process, work: { processId: process.id, unitPath, ownerUserId: objective.ownerUserId } };
}

/** An indicator with its objective; `work.ownerUserId` is whoever reports its figures. */
export async function loadIndicator(
  context: Context,
  request: FastifyRequest,
  indicatorId: string,
): Promise<LoadedObjective & { indicator: Indicator }> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const indicator = await findIndicator(context.db, request.identity.actor.organisationId, indicatorId);
  if (!indicator) throw refuse.notFound();
  const loaded = await loadObjective(context, request, indicator.objectiveId);
  return { ...loaded, indicator, work: { ...loaded.work, ownerUserId: indicator.ownerUserId ?? loaded.objective.ownerUserId } };
}

/** A measure with its objective; the objective's unit rules decide who edits it. */
export async function loadMeasure(
  context: Context,
  request: FastifyRequest,
  measureId: string,
): Promise<LoadedObjective & { measure: Measure }> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const measure = await findMeasure(context.db, request.identity.actor.organisationId, measureId);
  if (!measure) throw refuse.notFound();
  return { ...(await loadObjective(context, request, measure.objectiveId)), measure };
}

/** A round with its process, for the coordinator's round actions. */
export async function loadRound(context: Context, request: FastifyRequest, roundId: string): Promise<{ round: Round; process: Process }> {
  authorize(context.authorizer, request, 'goals.admin.list');
  const round = await findRound(context.db, request.identity.actor.organisationId, roundId);
  if (!round) throw refuse.notFound();
  return { round, process: await loadGoalsProcess(context, request, round.processId) };
}

/** What a mailed link opens: the round, its process and the reporter, without signing in. */
export interface LoadedReportLink {
  round: Round;
  process: Process;
  userId: string;
}

/**
 * A mailed link of the request's organisation: unknown answers 404; expired, or of a closed round, 410
 * (closing a round stops its links).
 */
export async function loadReportLink(
  context: Pick<AppContext, 'db' | 'clock'>,
  organisationId: string,
  token: string,
): Promise<LoadedReportLink> {
  const link = await findReportLink(context.db, organisationId, token);
  if (!link) throw refuse.notFound();
  const round = await findRound(context.db, organisationId, link.roundId);
  const process = round && (await findProcessById(context.db, organisationId, round.processId));
  if (!round || !process) throw refuse.notFound();
  if (round.closedAt !== null || link.expiresAt <= context.clock.now().toISOString()) throw refuse.gone('goals.report.linkGone');
  return { round, process, userId: link.userId };
}
