import type { Db } from '../../../platform/db/database.ts';

/** A public process with nothing in it but its slug and Finnish title, for a test's own corpus. */
export async function insertBareProcess(db: Db, organisationId: string, slug: string, title = slug): Promise<{ id: string; slug: string }> {
  return db
    .insertInto('processes')
    .values({
      id: crypto.randomUUID(),
      organisation_id: organisationId,
      slug,
      title: JSON.stringify({ fi: title }),
      summary: JSON.stringify({ fi: '' }),
      story: JSON.stringify({ fi: '' }),
      hero_image_url: null,
      hero_image_alt: JSON.stringify({ fi: '' }),
      hero_video_url: null,
      visibility: 'public',
      published_at: '2026-01-01T00:00:00.000Z',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    } as never)
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
}
