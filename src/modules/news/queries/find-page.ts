import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { NewsPagesTable } from '../tables.ts';
import '../tables.ts';

/** A static page (sivu), e.g. the accessibility statement. */
export interface StaticPage {
  id: string;
  slug: string;
  title: LocalizedText;
  /** Markdown in each language. */
  body: LocalizedText;
  createdAt: string;
  updatedAt: string;
}

/** Shapes a news_pages row. */
export function toStaticPage(row: NewsPagesTable): StaticPage {
  return {
    id: row.id,
    slug: row.slug,
    title: parseJsonColumn<LocalizedText>(row.title, { fi: row.slug }),
    body: parseJsonColumn<LocalizedText>(row.body, { fi: '' }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organisation's static page with this slug. */
export async function findPageBySlug(db: Db, organisationId: string, slug: string): Promise<StaticPage | undefined> {
  const row = await db
    .selectFrom('news_pages')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_pages'))
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toStaticPage(row) : undefined;
}

/** The organisation's static page with this id. */
export async function findPageById(db: Db, organisationId: string, id: string): Promise<StaticPage | undefined> {
  const row = await db
    .selectFrom('news_pages')
    .selectAll()
    .$call(inOrganisation(organisationId, 'news_pages'))
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toStaticPage(row) : undefined;
}
