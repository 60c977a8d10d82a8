import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listLinksFrom } from '../../contributions/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { type Process, todayIn } from '../../processes/index.ts';
import { findApprovedParagraphs } from '../../story/index.ts';
import { buildFollowUpTree } from '../follow-up-tree.ts';
import type { LoadedObjective } from '../loaders.ts';
import type { Goal, Indicator } from '../model.ts';
import { listMeasures } from '../queries/list-measures.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { reportingOf } from '../reporting.ts';
import { goalTextOf } from '../story-goal-text.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { AdminGoalPage } from '../views/admin-goal-page.tsx';
import { AdminIndicatorPage } from '../views/admin-indicator-page.tsx';
import { AdminObjectivePage } from '../views/admin-objective-page.tsx';
import { AdminProcessPage } from '../views/admin-process-page.tsx';
import type { StoryImport } from '../views/import-goals-form.tsx';

/** A form's state on a page: which form, what was typed, what is wrong. */
export interface PageForm<Name extends string = string> {
  name: Name | null;
  values?: Record<string, unknown>;
  errors?: FieldErrors | undefined;
}

/** The organisation's units: names in the request's language, and each unit's path up to the root. */
export async function unitsOf(context: AppContext, request: FastifyRequest) {
  const flat = flattenUnitTree(await listUnitTree(context.db, request.identity.actor.organisationId));
  const byId = new Map(flat.map((unit) => [unit.id, unit]));
  const names = new Map(flat.map((unit) => [unit.id, localize(unit.name, request.locale)]));
  const pathOf = (id: string) => {
    const path: string[] = [];
    for (let unit = byId.get(id); unit && !path.includes(unit.id); unit = unit.parentId ? byId.get(unit.parentId) : undefined)
      path.push(unit.id);
    return path;
  };
  return { flat, names, pathOf };
}

/** The units the actor may give objectives to, indented by depth, for a unit select. */
export function managedUnitOptions(
  context: AppContext,
  request: FastifyRequest,
  units: Awaited<ReturnType<typeof unitsOf>>,
  processId: string,
): Array<{ value: string; label: string }> {
  return units.flat
    .filter((unit) =>
      context.authorizer.can(request.identity.actor, 'goals.objective.manage', { processId, unitPath: units.pathOf(unit.id) }),
    )
    .map((unit) => ({ value: unit.id, label: `${'– '.repeat(unit.depth)}${units.names.get(unit.id) ?? ''}` }));
}

/** The approved story's paragraphs that no goal cites yet, titled as goals would be; null without an approved version. */
async function storyImportOf(context: AppContext, request: FastifyRequest, process: Process, goals: Goal[]): Promise<StoryImport | null> {
  const approved = await findApprovedParagraphs(context.db, request.identity.actor.organisationId, process.id);
  if (!approved) return null;
  const cited = new Set(goals.map((goal) => goal.paragraphId));
  return {
    versionNumber: approved.versionNumber,
    paragraphs: approved.paragraphs
      .filter((paragraph) => !cited.has(paragraph.key))
      .map((paragraph) => ({
        key: paragraph.key,
        title: localize(goalTextOf(paragraph.text).title, request.locale),
        lead: localize(paragraph.text, 'fi').trimStart().startsWith('**'),
      })),
  };
}

/** The coordinator's page of a process's goals. */
export async function renderProcessPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  process: Process,
  form: PageForm<'goal' | 'round' | 'import' | 'csv'> = { name: null },
  status = 200,
) {
  const actor = request.identity.actor;
  const followUp = await loadFollowUp(context.db, actor.organisationId, process.id);
  const units = await unitsOf(context, request);
  const today = todayIn(context.clock.now(), request.organisation.timeZone);
  const rows = followUp.rounds.map((round) => ({ round, rows: reportingOf(followUp, round, today) }));
  const owners = await context.accountLookups.listByIds(
    context.db,
    actor.organisationId,
    [...new Set(rows.flatMap((entry) => entry.rows.map((row) => row.ownerUserId ?? '')))].filter(Boolean),
  );
  const reporting = rows.map((entry) => ({
    round: entry.round,
    rows: entry.rows.map((row) => ({
      ownerName:
        (row.ownerUserId && owners.get(row.ownerUserId)?.displayName) || context.translator.t(request.locale, 'goals.rounds.noOwner'),
      unitName: units.names.get(row.unitId) ?? '',
      indicators: row.indicatorIds.length,
      reported: row.reported,
      late: row.late,
    })),
  }));
  return renderPage(
    context,
    request,
    reply,
    <AdminProcessPage
      process={process}
      tree={buildFollowUpTree(followUp)}
      unitNames={units.names}
      reporting={reporting}
      mayManageGoals={context.authorizer.can(actor, 'goals.goal.manage', process)}
      mayManageRounds={context.authorizer.can(actor, 'goals.round.manage', process)}
      storyImport={
        context.authorizer.can(actor, 'goals.goal.manage', process) ? await storyImportOf(context, request, process, followUp.goals) : null
      }
      form={form}
    />,
    status,
  );
}

/** A goal's page with the objective form (the units offered are those the actor manages). */
export async function renderGoalPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { goal: Goal; process: Process },
  form: PageForm = { name: null },
  status = 200,
) {
  const actor = request.identity.actor;
  const followUp = await loadFollowUp(context.db, actor.organisationId, loaded.process.id);
  const node = buildFollowUpTree(followUp).find((entry) => entry.goal.id === loaded.goal.id) ?? {
    goal: loaded.goal,
    objectives: [],
    status: 'no-data' as const,
    progress: { progress: null, weight: 0 },
  };
  const units = await unitsOf(context, request);
  const mayEdit = context.authorizer.can(actor, 'goals.goal.manage', loaded.process);
  const published = mayEdit ? await findPublishedThemes(context.db, actor.organisationId, loaded.process.id) : null;
  const linked = mayEdit
    ? await listLinksFrom(context.db, actor.organisationId, GOAL_LINKS.goal, [loaded.goal.id], GOAL_LINKS.drawsOn)
    : [];
  return renderPage(
    context,
    request,
    reply,
    <AdminGoalPage
      process={loaded.process}
      node={node}
      unitNames={units.names}
      mayEdit={mayEdit}
      unitOptions={managedUnitOptions(context, request, units, loaded.process.id)}
      themes={(published?.themes ?? []).map((theme) => ({
        id: theme.id,
        label: localize(theme.label, request.locale),
        contributionCount: theme.contributionCount,
      }))}
      linkedThemeIds={linked.map((link) => link.toId)}
      form={form}
    />,
    status,
  );
}

/** An objective's page with the indicator form. */
export async function renderObjectivePage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedObjective,
  form: PageForm = { name: null },
  status = 200,
) {
  const actor = request.identity.actor;
  const followUp = await loadFollowUp(context.db, actor.organisationId, loaded.process.id);
  const node = buildFollowUpTree(followUp)
    .flatMap((goal) => goal.objectives)
    .find((entry) => entry.objective.id === loaded.objective.id) ?? {
    objective: loaded.objective,
    indicators: [],
    status: 'no-data' as const,
    progress: { progress: null, weight: 0 },
  };
  const units = await unitsOf(context, request);
  const owner = loaded.objective.ownerUserId
    ? await context.accountLookups.findById(context.db, actor.organisationId, loaded.objective.ownerUserId)
    : undefined;
  const measures = await listMeasures(context.db, actor.organisationId, loaded.objective.id);
  const measureOwners = await context.accountLookups.listByIds(context.db, actor.organisationId, [
    ...new Set(measures.flatMap((measure) => (measure.ownerUserId ? [measure.ownerUserId] : []))),
  ]);
  return renderPage(
    context,
    request,
    reply,
    <AdminObjectivePage
      process={loaded.process}
      goal={loaded.goal}
      node={node}
      unitName={units.names.get(loaded.objective.unitId) ?? ''}
      ownerName={owner?.displayName ?? null}
      mayManage={context.authorizer.can(actor, 'goals.objective.manage', loaded.work)}
      measures={measures}
      measureOwnerNames={new Map([...measureOwners].map(([id, account]) => [id, account.displayName]))}
      today={todayIn(context.clock.now(), request.organisation.timeZone)}
      form={form}
    />,
    status,
  );
}

/** An indicator's page with its chart, table and the target and actual forms. */
export async function renderIndicatorPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: LoadedObjective & { indicator: Indicator },
  form: PageForm<'target' | 'actual'> = { name: null },
  status = 200,
) {
  const actor = request.identity.actor;
  const followUp = await loadFollowUp(context.db, actor.organisationId, loaded.process.id);
  const node = buildFollowUpTree(followUp)
    .flatMap((goal) => goal.objectives.flatMap((objective) => objective.indicators))
    .find((entry) => entry.indicator.id === loaded.indicator.id) ?? {
    indicator: loaded.indicator,
    rounds: [],
    status: 'no-data' as const,
    progress: { progress: null, weight: 0 },
  };
  return renderPage(
    context,
    request,
    reply,
    <AdminIndicatorPage
      process={loaded.process}
      objective={loaded.objective}
      node={node}
      mayManage={context.authorizer.can(actor, 'goals.objective.manage', loaded.work)}
      mayReport={context.authorizer.can(actor, 'goals.figures.report', loaded.work)}
      form={form}
    />,
    status,
  );
}
