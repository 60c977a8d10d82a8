import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findApprovedParagraphs } from '../../story/index.ts';
import type { ImportGoalsInput } from '../schemas.ts';
import { goalTextOf } from '../story-goal-text.ts';
import { linkGoalToParagraph } from './link-goal.ts';

/**
 * Makes the chosen paragraphs of the story's approved version the process's goals, in the story's
 * order after the goals already there, each citing its paragraph (kept and linked for the trace).
 * A paragraph some goal already cites is skipped, so importing twice adds nothing. Answers the new ids.
 */
export async function importStoryGoals(db: Db, actor: Actor, processId: string, input: ImportGoalsInput, now: Date): Promise<string[]> {
  const organisationId = actor.organisationId;
  const approved = await findApprovedParagraphs(db, organisationId, processId);
  if (!approved) throw refuse.conflict('goals.import.noApprovedStory');
  const known = new Set(approved.paragraphs.map((paragraph) => paragraph.key));
  if (input.paragraphKeys.some((key) => !known.has(key)))
    throw refuse.invalid({ paragraphKeys: { key: 'goals.validation.paragraphUnknown' } });
  const chosen = new Set(input.paragraphKeys);
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('goals')
      .select(['paragraph_id', 'position'])
      .$call(inOrganisation(organisationId, 'goals'))
      .where('process_id', '=', processId)
      .execute();
    const cited = new Set(existing.map((goal) => goal.paragraph_id));
    let position = Math.max(0, ...existing.map((goal) => Number(goal.position)));
    for (const paragraph of approved.paragraphs) {
      if (!chosen.has(paragraph.key) || cited.has(paragraph.key)) continue;
      const id = newId();
      const text = goalTextOf(paragraph.text);
      position += 1;
      await trx
        .insertInto('goals')
        .values({
          id,
          organisation_id: organisationId,
          process_id: processId,
          position,
          title: JSON.stringify(text.title),
          description: JSON.stringify(text.description),
          paragraph_id: paragraph.key,
          created_by_user_id: actor.userId,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      await linkGoalToParagraph(trx, organisationId, id, paragraph.key, now);
      ids.push(id);
    }
    await recordAudit(
      trx,
      {
        organisationId,
        actorUserId: actor.userId,
        action: 'goals.goal.import',
        subjectType: 'goals_goal',
        subjectId: ids[0] ?? processId,
        details: { processId, versionNumber: approved.versionNumber, goalIds: ids },
      },
      now,
    );
  });
  return ids;
}
