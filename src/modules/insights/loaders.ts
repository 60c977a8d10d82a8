import type { FastifyRequest } from 'fastify';
import { refuse } from '../../platform/domain/refusal.ts';
import { authorize } from '../../platform/http/authorize.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import type { RunTheme, ThemeRun } from './model.ts';
import type { insightsPermissions } from './permissions.ts';
import { findRun } from './queries/find-run.ts';
import { listRunThemes } from './queries/list-run-themes.ts';

type Permission = Exclude<keyof typeof insightsPermissions, 'insights.admin.list'>;

/** A process of the organisation the actor may analyse: unknown and foreign ids answer 404, others 403 (401 for visitors). */
export async function loadAnalysedProcess(
  context: AppContext,
  request: FastifyRequest,
  processId: string,
  permission: Permission,
): Promise<Process> {
  authorize(context.authorizer, request, 'insights.admin.list');
  const process = await findProcessById(context.db, request.identity.actor.organisationId, processId);
  if (!process) throw refuse.notFound();
  authorize(context.authorizer, request, permission, process);
  return process;
}

/** A run and its process, when the actor may do `permission` on the process. */
export async function loadRun(
  context: AppContext,
  request: FastifyRequest,
  runId: string,
  permission: Permission,
): Promise<{ run: ThemeRun; process: Process }> {
  authorize(context.authorizer, request, 'insights.admin.list');
  const run = await findRun(context.db, request.identity.actor.organisationId, runId);
  if (!run) throw refuse.notFound();
  const process = await loadAnalysedProcess(context, request, run.processId, permission);
  return { run, process };
}

/** A theme of a run with the run and its process. */
export async function loadTheme(
  context: AppContext,
  request: FastifyRequest,
  ids: { runId: string; themeId: string },
  permission: Permission = 'insights.theme.edit',
): Promise<{ run: ThemeRun; process: Process; theme: RunTheme }> {
  const loaded = await loadRun(context, request, ids.runId, permission);
  const theme = (await listRunThemes(context.db, request.identity.actor.organisationId, ids.runId)).find((item) => item.id === ids.themeId);
  if (!theme) throw refuse.notFound();
  return { ...loaded, theme };
}
