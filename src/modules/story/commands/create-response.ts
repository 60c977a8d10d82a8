import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Version } from '../model.ts';
import type { ResponseInput } from '../schemas.ts';

/**
 * The editors' official response to one comment or a group of them on a version: what became of them,
 * why, and (taken into account) the paragraph it changed, a key of the story's latest version. Each comment
 * gets one response; a comment already answered, or not of this version, is refused. A decided version is frozen.
 */
export async function createResponse(
  db: Db,
  actor: Actor,
  version: Version,
  latestKeys: string[],
  input: ResponseInput,
  now: Date,
): Promise<string> {
  if (version.status === 'decided') throw refuse.conflict('story.version.frozen');
  if (input.changedBlockKey && !latestKeys.includes(input.changedBlockKey)) {
    throw refuse.invalid({ changedBlockKey: { key: 'story.validation.changedBlock' } });
  }
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('story_responses')
      .values({
        id,
        organisation_id: actor.organisationId,
        version_id: version.id,
        outcome: input.outcome,
        text: JSON.stringify(input.text),
        changed_block_key: input.changedBlockKey,
        published_at: input.publish ? now.toISOString() : null,
        created_by_user_id: actor.userId,
        created_at: now.toISOString(),
      })
      .execute();
    // Only unanswered published comments of this version take the response; any other id makes the count differ.
    const updated = await trx
      .updateTable('story_comments')
      .set({ response_id: id })
      .$call(inOrganisation(actor.organisationId, 'story_comments'))
      .where('version_id', '=', version.id)
      .where('id', 'in', input.commentIds)
      .where('response_id', 'is', null)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== new Set(input.commentIds).size) throw refuse.conflict('story.response.answered');
    const decided = await trx.selectFrom('story_versions').select('status').where('id', '=', version.id).executeTakeFirst();
    if (decided?.status !== 'draft') throw refuse.conflict('story.version.frozen');
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'story.response.create',
        subjectType: 'story_version',
        subjectId: version.id,
        details: { comments: input.commentIds.length, outcome: input.outcome, published: input.publish },
      },
      now,
    );
  });
  return id;
}
