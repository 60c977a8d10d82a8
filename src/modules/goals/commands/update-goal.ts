import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { removeLinksFrom } from '../../contributions/index.ts';
import type { Goal } from '../model.ts';
import type { GoalInput } from '../schemas.ts';
import { GOAL_LINKS } from '../trace-types.ts';
import { linkGoalToParagraph } from './link-goal.ts';

/**
 * Replaces a goal's title, description and cited paragraph. A changed paragraph moves the goal's
 * `derived_from` link with it, so the trace follows what the goal now cites.
 */
export async function updateGoal(db: Db, actor: Actor, goal: Goal, input: GoalInput, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goals')
      .set({
        title: JSON.stringify(input.title),
        description: JSON.stringify(input.description),
        paragraph_id: input.paragraphId,
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'goals'))
      .where('id', '=', goal.id)
      .execute();
    if (input.paragraphId !== goal.paragraphId) {
      await removeLinksFrom(trx, actor.organisationId, GOAL_LINKS.goal, [goal.id], GOAL_LINKS.derivedFrom);
      if (input.paragraphId) await linkGoalToParagraph(trx, actor.organisationId, goal.id, input.paragraphId, now);
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.goal.update',
        subjectType: 'goals_goal',
        subjectId: goal.id,
        details: { paragraphId: input.paragraphId },
      },
      now,
    );
  });
}
