import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ProcessesTable, ProcessVisibility } from '../tables.ts';
import '../tables.ts';

/** A process as pages, the API and other modules see it. */
export interface Process {
  id: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  story: LocalizedText;
  heroImageUrl: string | null;
  heroImageAlt: LocalizedText;
  heroVideoUrl: string | null;
  visibility: ProcessVisibility;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Shapes a processes row. */
export function toProcess(row: ProcessesTable): Process {
  return {
    id: row.id,
    slug: row.slug,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: row.slug }),
    summary: parseJsonColumn<LocalizedText>(row.summary, { fi: '' }),
    story: parseJsonColumn<LocalizedText>(row.story, { fi: '' }),
    heroImageUrl: row.hero_image_url,
    heroImageAlt: parseJsonColumn<LocalizedText>(row.hero_image_alt, { fi: '' }),
    heroVideoUrl: row.hero_video_url,
    visibility: row.visibility,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organisation's process with this slug, whatever its visibility (callers check view permission). */
export async function findProcessBySlug(db: Db, organisationId: string, slug: string): Promise<Process | undefined> {
  const row = await db
    .selectFrom('processes')
    .selectAll()
    .$call(inOrganisation(organisationId, 'processes'))
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toProcess(row) : undefined;
}

/** The organisation's process with this id, or undefined. */
export async function findProcessById(db: Db, organisationId: string, id: string): Promise<Process | undefined> {
  const row = await db
    .selectFrom('processes')
    .selectAll()
    .$call(inOrganisation(organisationId, 'processes'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toProcess(row) : undefined;
}
