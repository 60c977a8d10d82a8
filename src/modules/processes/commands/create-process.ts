import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import { isSlugTaken } from '../queries/admin-slug-taken.ts';
import type { ProcessInput } from '../schemas.ts';
import type { ProcessVisibility } from '../tables.ts';
import { auditProcessChange } from './command-support.ts';

/** A conflict with a field error at the slug (409; the admin form shows it at the field): another process of the organisation has it. */
export const slugTaken = () =>
  new Refusal('conflict', 'processes.admin.process.slugTaken', {}, { slug: { key: 'processes.admin.process.slugTaken' } });

/** When a process was first made public: kept once set, so re-publishing keeps the original date. */
export function publishedAt(visibility: ProcessVisibility, current: string | null, now: Date): string | null {
  return current ?? (visibility === 'public' ? now.toISOString() : null);
}

/**
 * Runs a save that may hit the (organisation, slug) unique constraint: a
 * concurrent save can take the slug between our check and our insert, and the
 * engine's error then becomes the same 409 as the check's.
 */
export async function withSlugGuard<T>(db: Db, organisationId: string, slug: string, exceptId: string | undefined, save: () => Promise<T>) {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof Refusal) && (await isSlugTaken(db, organisationId, slug, exceptId))) throw slugTaken();
    throw error;
  }
}

/** Creates a process (a draft unless the input says otherwise); answers its id. */
export async function createProcess(db: Db, actor: Actor, input: ProcessInput, now: Date): Promise<string> {
  const id = newId();
  const visibility = input.visibility ?? 'draft';
  await withSlugGuard(db, actor.organisationId, input.slug, undefined, () =>
    db.transaction().execute(async (trx) => {
      if (await isSlugTaken(trx, actor.organisationId, input.slug)) throw slugTaken();
      await trx
        .insertInto('processes')
        .values({
          id,
          organisation_id: actor.organisationId,
          slug: input.slug,
          title: JSON.stringify(input.title),
          summary: JSON.stringify(input.summary),
          story: JSON.stringify(input.story),
          hero_image_url: input.heroImageUrl,
          hero_image_alt: JSON.stringify(input.heroImageAlt),
          hero_video_url: input.heroVideoUrl,
          visibility,
          published_at: publishedAt(visibility, null, now),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      const change = { action: 'processes.process.create', subjectType: 'process', subjectId: id } as const;
      await auditProcessChange(trx, actor, { ...change, details: { slug: input.slug, visibility } }, now);
    }),
  );
  return id;
}
