import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { PostInput } from '../schemas.ts';
import { auditNewsChange } from './audit-news-change.ts';
import { checkPostPlacement, checkPostSlugFree } from './post-checks.ts';

/** Creates a post (a draft, or published now) and records it in the audit log; answers its id. */
export async function createPost(db: Db, actor: Actor, input: PostInput, now: Date): Promise<string> {
  const id = newId();
  const timestamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await checkPostPlacement(trx, actor.organisationId, input);
    await checkPostSlugFree(trx, actor.organisationId, input.slug, null);
    await trx
      .insertInto('news_posts')
      .values({
        id,
        organisation_id: actor.organisationId,
        process_id: input.processId,
        phase_id: input.phaseId,
        kind: input.kind,
        slug: input.slug,
        title: JSON.stringify(input.title),
        summary: JSON.stringify(input.summary),
        body: JSON.stringify(input.body),
        video_url: input.videoUrl,
        status: input.status,
        published_at: input.status === 'published' ? timestamp : null,
        author_user_id: actor.userId,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'news.post.create',
        subjectType: 'news_post',
        subjectId: id,
        details: { slug: input.slug, title: input.title.fi, status: input.status, processId: input.processId },
      },
      now,
    );
  });
  return id;
}
