import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { addLink } from '../../contributions/index.ts';
import type { Goal } from '../model.ts';
import { GOAL_LINKS } from '../trace-types.ts';

/** A new objective of a unit, citing the goal it serves; the owner is already resolved (an account with a role for the unit). */
export interface NewObjective {
  goal: Goal;
  unitId: string;
  title: { fi: string; sv?: string | undefined; en?: string | undefined };
  ownerUserId: string | null;
}

/** Adds a unit's objective under a goal and links it (objective —serves→ goal) for the trace. Answers its id. */
export async function createObjective(db: Db, actor: Actor, input: NewObjective, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('goal_objectives')
      .values({
        id,
        organisation_id: actor.organisationId,
        goal_id: input.goal.id,
        unit_id: input.unitId,
        title: JSON.stringify(input.title),
        owner_user_id: input.ownerUserId,
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await addLink(
      trx,
      actor.organisationId,
      { type: GOAL_LINKS.objective, id },
      GOAL_LINKS.serves,
      { type: GOAL_LINKS.goal, id: input.goal.id },
      now,
    );
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.objective.create',
        subjectType: 'goals_objective',
        subjectId: id,
        details: { goalId: input.goal.id, unitId: input.unitId },
      },
      now,
    );
  });
  return id;
}
