import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { isSlugTaken } from '../queries/admin-slug-taken.ts';
import { findProcessById } from '../queries/find-process.ts';
import type { ProcessInput } from '../schemas.ts';
import { auditProcessChange } from './command-support.ts';
import { publishedAt, slugTaken, withSlugGuard } from './create-process.ts';

/** Saves a process's texts, slug and media (and its visibility when given); 404 for a foreign id, 409 for a taken slug. */
export async function updateProcess(db: Db, actor: Actor, processId: string, input: ProcessInput, now: Date): Promise<void> {
  await withSlugGuard(db, actor.organisationId, input.slug, processId, () =>
    db.transaction().execute(async (trx) => {
      const current = await findProcessById(trx, actor.organisationId, processId);
      if (!current) throw refuse.notFound();
      if (await isSlugTaken(trx, actor.organisationId, input.slug, processId)) throw slugTaken();
      const visibility = input.visibility ?? current.visibility;
      await trx
        .updateTable('processes')
        .set({
          slug: input.slug,
          title: JSON.stringify(input.title),
          summary: JSON.stringify(input.summary),
          story: JSON.stringify(input.story),
          hero_image_url: input.heroImageUrl,
          hero_image_alt: JSON.stringify(input.heroImageAlt),
          hero_video_url: input.heroVideoUrl,
          visibility,
          published_at: publishedAt(visibility, current.publishedAt, now),
          updated_at: now.toISOString(),
        })
        .$call(inOrganisation(actor.organisationId, 'processes'))
        .where('id', '=', processId)
        .execute();
      const details = { slug: input.slug, previousSlug: current.slug, visibility, previousVisibility: current.visibility };
      await auditProcessChange(
        trx,
        actor,
        { action: 'processes.process.update', subjectType: 'process', subjectId: processId, details },
        now,
      );
    }),
  );
}
