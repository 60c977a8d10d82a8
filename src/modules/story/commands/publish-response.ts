import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';

/**
 * Publishes a response saved unpublished, also after the comment period has closed: the public sees it
 * under its comments, and (after the commit) its commenters who asked are mailed. Publishing happens once:
 * a response already published is refused (409), so no one is mailed twice; a decided version is frozen.
 */
export async function publishResponse(db: Db, actor: Actor, processId: string, responseId: string, now: Date): Promise<string> {
  await db.transaction().execute(async (trx) => {
    const response = await trx
      .selectFrom('story_responses')
      .innerJoin('story_versions', 'story_versions.id', 'story_responses.version_id')
      .select(['story_responses.id', 'story_responses.published_at', 'story_versions.status', 'story_versions.id as version_id'])
      .$call(inOrganisation(actor.organisationId, 'story_responses'))
      .where('story_versions.process_id', '=', processId)
      .where('story_responses.id', '=', responseId)
      .executeTakeFirst();
    if (!response) throw refuse.notFound();
    if (response.status === 'decided') throw refuse.conflict('story.version.frozen');
    // Only the first of two presses at once finds it unpublished.
    const updated = await trx
      .updateTable('story_responses')
      .set({ published_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'story_responses'))
      .where('id', '=', responseId)
      .where('published_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw refuse.conflict('story.response.alreadyPublished');
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'story.response.publish',
        subjectType: 'story_version',
        subjectId: response.version_id,
        details: { response: responseId },
      },
      now,
    );
  });
  return responseId;
}
