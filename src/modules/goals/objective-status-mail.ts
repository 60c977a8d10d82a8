import type { FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { localize } from '../../platform/i18n/locales.ts';
import type { AppContext } from '../../platform/module.ts';
import type { Process } from '../processes/index.ts';
import { buildFollowUpTree, type ObjectiveNode } from './follow-up-tree.ts';
import type { Goal } from './model.ts';
import { listGoalVoices } from './queries/list-goal-voices.ts';
import { loadFollowUp } from './queries/load-follow-up.ts';
import { type MailSetting, requestMailSetting } from './report-mail.ts';
import type { IndicatorStatus } from './status.ts';
import { mailTraceNotice } from './trace-mail.ts';

/** An objective whose status differs from the one last announced. */
interface StatusChange {
  goal: Goal;
  node: ObjectiveNode;
  previous: IndicatorStatus;
}

/** The objectives of a process whose status now differs from the one last announced (none announced: no data). */
async function findStatusChanges(db: Db, organisationId: string, processId: string): Promise<StatusChange[]> {
  const tree = buildFollowUpTree(await loadFollowUp(db, organisationId, processId));
  const nodes = tree.flatMap((goal) => goal.objectives.map((node) => ({ goal: goal.goal, node })));
  if (nodes.length === 0) return [];
  const announced = await db
    .selectFrom('goal_objective_notices')
    .select(['objective_id', 'status'])
    .$call(inOrganisation(organisationId, 'goal_objective_notices'))
    .where(
      'objective_id',
      'in',
      nodes.map(({ node }) => node.objective.id),
    )
    .execute();
  const last = new Map(announced.map((row) => [row.objective_id, row.status as IndicatorStatus]));
  return nodes.flatMap(({ goal, node }) => {
    const previous = last.get(node.objective.id) ?? 'no-data';
    return previous === node.status ? [] : [{ goal, node, previous }];
  });
}

/** Records a change as announced; false when another request announced it first (so it is mailed once). */
async function claimChange(db: Db, organisationId: string, change: StatusChange, now: Date): Promise<boolean> {
  const objectiveId = change.node.objective.id;
  await db
    .insertInto('goal_objective_notices')
    .values({ objective_id: objectiveId, organisation_id: organisationId, status: 'no-data', updated_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('objective_id').doNothing())
    .execute();
  const claimed = await db
    .updateTable('goal_objective_notices')
    .set({ status: change.node.status, updated_at: now.toISOString() })
    .$call(inOrganisation(organisationId, 'goal_objective_notices'))
    .where('objective_id', '=', objectiveId)
    .where('status', '=', change.previous)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/**
 * After figures, targets or baselines changed: each objective of the process whose status changed since it was last
 * announced is announced once, by mail to the people whose contributions reach the goal it serves (unless they turned
 * trace mail off). Without `setting` (the demo's seed) the statuses are only recorded.
 */
export async function announceStatusChanges(
  context: Pick<AppContext, 'db' | 'translator' | 'mailer' | 'accountLookups'>,
  organisationId: string,
  process: Pick<Process, 'id' | 'slug' | 'title'>,
  now: Date,
  setting?: MailSetting,
): Promise<number> {
  let announced = 0;
  for (const change of await findStatusChanges(context.db, organisationId, process.id)) {
    if (!(await claimChange(context.db, organisationId, change, now))) continue;
    announced++;
    if (!setting) continue;
    const voices = await listGoalVoices(context.db, organisationId, change.goal.id);
    await mailTraceNotice(context, setting, voices, {
      kind: 'status',
      values: (locale) => ({
        objective: localize(change.node.objective.title, locale),
        goal: localize(change.goal.title, locale),
        status: context.translator.t(locale, `goals.status.${change.node.status}`),
        previous: context.translator.t(locale, `goals.status.${change.previous}`),
        link: `${setting.origin}/${locale}/processes/${process.slug}/goals/${change.goal.id}/trace`,
      }),
    });
  }
  return announced;
}

/** The effect after a write that can change statuses: announce the process's changes, mailed from the request's origin. */
export function announceStatusChangesAfter(
  call: {
    context: Pick<AppContext, 'db' | 'translator' | 'mailer' | 'accountLookups' | 'config'>;
    request: FastifyRequest;
  },
  process: Pick<Process, 'id' | 'slug' | 'title'>,
): Promise<number> {
  const setting = requestMailSetting(call.context, call.request);
  return announceStatusChanges(call.context, setting.organisationId, process, new Date(), setting);
}
