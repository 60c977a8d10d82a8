import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { deleteContribution, recordContribution } from '../../contributions/index.ts';
import type { ModerateCommentInput } from '../schemas.ts';

/**
 * A moderator hides a comment on a process's story with a reason, or restores it. A hidden comment
 * leaves the story, the register's counts and the contributions corpus; restoring puts it back. Allowed
 * on a decided version's comments too: taking down an unlawful text changes nothing the body decided.
 * Hiding a hidden comment (or restoring a published one) answers 409; both are audited.
 */
export async function moderateComment(
  db: Db,
  actor: Actor,
  processId: string,
  commentId: string,
  input: ModerateCommentInput,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const comment = await trx
      .selectFrom('story_comments')
      .innerJoin('story_versions', 'story_versions.id', 'story_comments.version_id')
      .select([
        'story_comments.id',
        'story_comments.status',
        'story_comments.block_key',
        'story_comments.passage',
        'story_comments.body',
        'story_comments.language',
        'story_comments.author_user_id',
        'story_comments.participant_key',
        'story_comments.created_at',
        'story_versions.number',
      ])
      .$call(inOrganisation(actor.organisationId, 'story_comments'))
      .where('story_comments.process_id', '=', processId)
      .where('story_comments.id', '=', commentId)
      .executeTakeFirst();
    if (!comment) throw refuse.notFound();
    const hide = input.decision === 'hide';
    const updated = await trx
      .updateTable('story_comments')
      .set({
        status: hide ? 'hidden' : 'published',
        hidden_reason: hide ? input.reason : null,
        moderated_by_user_id: actor.userId,
        moderated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'story_comments'))
      .where('id', '=', comment.id)
      .where('status', '=', hide ? 'published' : 'hidden')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw refuse.conflict(hide ? 'story.moderation.alreadyHidden' : 'story.moderation.notHidden');
    if (hide) {
      await deleteContribution(trx, actor.organisationId, 'story_comment', comment.id);
    } else {
      await recordContribution(
        trx,
        {
          organisationId: actor.organisationId,
          processId,
          channel: 'comment',
          sourceType: 'story_comment',
          sourceId: comment.id,
          authorUserId: comment.author_user_id,
          participantKey: comment.participant_key,
          language: comment.language,
          text: comment.body,
          metadata: { versionNumber: comment.number, blockKey: comment.block_key, passage: comment.passage },
        },
        new Date(comment.created_at),
      );
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: hide ? 'story.comment.hide' : 'story.comment.restore',
        subjectType: 'story_comment',
        subjectId: comment.id,
        details: { versionNumber: comment.number, reason: hide ? input.reason : null },
      },
      now,
    );
  });
}
