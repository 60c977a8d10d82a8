import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { PageInput } from '../schemas.ts';
import { auditNewsChange } from './audit-news-change.ts';
import { checkPageSlugFree } from './page-checks.ts';

/** Creates a static page and records it in the audit log; answers its id. */
export async function createPage(db: Db, actor: Actor, input: PageInput, now: Date): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await checkPageSlugFree(trx, actor.organisationId, input.slug, null);
    await trx
      .insertInto('news_pages')
      .values({
        id,
        organisation_id: actor.organisationId,
        slug: input.slug,
        title: JSON.stringify(input.title),
        body: JSON.stringify(input.body),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await auditNewsChange(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'news.page.create',
        subjectType: 'news_page',
        subjectId: id,
        details: { slug: input.slug, title: input.title.fi },
      },
      now,
    );
  });
  return id;
}
