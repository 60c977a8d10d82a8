import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { addLinks, removeLinksFrom } from '../../contributions/index.ts';
import { findPublishedThemes } from '../../insights/index.ts';
import type { Goal } from '../model.ts';
import { listGoalVoices } from '../queries/list-goal-voices.ts';
import type { GoalThemesInput } from '../schemas.ts';
import { GOAL_LINKS } from '../trace-types.ts';

/**
 * Replaces the themes a goal draws on (goal —draws_on→ insight_theme) with the chosen ones, each a
 * theme of the process's published set: the trace then runs from the goal through the themes to the
 * contributions they group. A theme outside the published set is refused at `themeIds`. Answers whom the trace
 * reached before (the authors of its contributions), so those it reaches only now can be told.
 */
export async function setGoalThemes(db: Db, actor: Actor, goal: Goal, input: GoalThemesInput, now: Date): Promise<Set<string>> {
  const organisationId = actor.organisationId;
  const published = await findPublishedThemes(db, organisationId, goal.processId);
  const known = new Set((published?.themes ?? []).map((theme) => theme.id));
  const chosen = [...new Set(input.themeIds)];
  if (chosen.some((id) => !known.has(id))) throw refuse.invalid({ themeIds: { key: 'goals.validation.themeUnknown' } });
  const before = await listGoalVoices(db, organisationId, goal.id);
  await db.transaction().execute(async (trx) => {
    await removeLinksFrom(trx, organisationId, GOAL_LINKS.goal, [goal.id], GOAL_LINKS.drawsOn);
    await addLinks(
      trx,
      organisationId,
      chosen.map((id) => ({
        from: { type: GOAL_LINKS.goal, id: goal.id },
        relation: GOAL_LINKS.drawsOn,
        to: { type: GOAL_LINKS.theme, id },
      })),
      now,
    );
    await recordAudit(
      trx,
      {
        organisationId,
        actorUserId: actor.userId,
        action: 'goals.goal.themes',
        subjectType: 'goals_goal',
        subjectId: goal.id,
        details: { themeIds: chosen },
      },
      now,
    );
  });
  return before;
}
