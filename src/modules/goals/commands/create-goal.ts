import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { GoalInput } from '../schemas.ts';
import { linkGoalToParagraph } from './link-goal.ts';

/**
 * Adds a strategy goal to the end of a process's goals. A cited story paragraph is kept on the goal
 * and linked in `links` (goal —derived_from→ story.paragraph) so the trace reaches it; the story's
 * own tables are not read. Answers the goal's id.
 */
export async function createGoal(db: Db, actor: Actor, processId: string, input: GoalInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('goals')
      .select((eb) => eb.fn.max('position').as('position'))
      .$call(inOrganisation(actor.organisationId, 'goals'))
      .where('process_id', '=', processId)
      .executeTakeFirst();
    await trx
      .insertInto('goals')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: processId,
        position: Number(last?.position ?? 0) + 1,
        title: JSON.stringify(input.title),
        description: JSON.stringify(input.description),
        paragraph_id: input.paragraphId,
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    if (input.paragraphId) await linkGoalToParagraph(trx, actor.organisationId, id, input.paragraphId, now);
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.goal.create',
        subjectType: 'goals_goal',
        subjectId: id,
        details: { processId, paragraphId: input.paragraphId },
      },
      now,
    );
  });
  return id;
}
