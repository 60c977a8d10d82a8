import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findPostById } from '../queries/find-post.ts';
import type { PostInput } from '../schemas.ts';
import { auditNewsChange } from './audit-news-change.ts';
import { checkPostPlacement, checkPostSlugFree } from './post-checks.ts';

/**
 * Replaces a post's fields. The first publication sets published_at, and it
 * never moves after that: feeds and lists keep the post where readers saw it.
 */
export async function updatePost(db: Db, actor: Actor, postId: string, input: PostInput, now: Date): Promise<void> {
  const timestamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const existing = await findPostById(trx, actor.organisationId, postId);
    if (!existing) throw refuse.notFound();
    await checkPostPlacement(trx, actor.organisationId, input);
    await checkPostSlugFree(trx, actor.organisationId, input.slug, postId);
    const publishesNow = input.status === 'published' && existing.publishedAt === null;
    await trx
      .updateTable('news_posts')
      .set({
        process_id: input.processId,
        phase_id: input.phaseId,
        kind: input.kind,
        slug: input.slug,
        title: JSON.stringify(input.title),
        summary: JSON.stringify(input.summary),
        body: JSON.stringify(input.body),
        video_url: input.videoUrl,
        status: input.status,
        published_at: publishesNow ? timestamp : existing.publishedAt,
        updated_at: timestamp,
      })
      .$call(inOrganisation(actor.organisationId, 'news_posts'))
      .where('id', '=', postId)
      .execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: publishesNow ? 'news.post.publish' : 'news.post.update',
        subjectType: 'news_post',
        subjectId: postId,
        details: { slug: input.slug, title: input.title.fi, status: input.status, previousStatus: existing.status },
      },
      now,
    );
  });
}
