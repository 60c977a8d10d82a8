import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { LocalizedText } from '../i18n/locales.ts';

/**
 * Where a module keeps the title of an audit entry's subject: its table (with
 * `id` and `organisation_id` columns), the column of the title (LocalizedText
 * JSON or plain text) and, where an admin page shows it, that page's path.
 */
export interface AuditSubjectSource {
  table: string;
  title: string;
  path?: (id: string) => string;
}

/** An audit entry's subject as a reader meets it: its title and, if any, its admin page. */
export interface AuditSubjectName {
  title: LocalizedText;
  path: string | null;
}

/** The key of a subject in the map nameAuditSubjects answers. */
export function auditSubjectKey(type: string, id: string): string {
  return `${type}:${id}`;
}

function titleOf(value: unknown): LocalizedText | null {
  if (typeof value !== 'string' || value === '') return null;
  if (!value.startsWith('{')) return { fi: value };
  try {
    const parsed = JSON.parse(value) as LocalizedText;
    return typeof parsed.fi === 'string' ? parsed : null;
  } catch {
    return { fi: value };
  }
}

/**
 * The titles of the subjects of some audit entries, one query per subject type
 * and only in the organisation. A subject that is gone (deleted) or of a type
 * no module names is left out, and the entry then reads without a title.
 */
export async function nameAuditSubjects(
  db: Db,
  sources: Record<string, AuditSubjectSource>,
  organisationId: string,
  subjects: { type: string; id: string | null }[],
): Promise<Map<string, AuditSubjectName>> {
  const idsByType = new Map<string, Set<string>>();
  for (const subject of subjects) {
    if (!subject.id || !Object.hasOwn(sources, subject.type)) continue;
    const ids = idsByType.get(subject.type) ?? new Set<string>();
    ids.add(subject.id);
    idsByType.set(subject.type, ids);
  }
  const names = new Map<string, AuditSubjectName>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      const source = sources[type] as AuditSubjectSource;
      const rows = await sql<{ id: string; title: unknown }>`select id, ${sql.ref(source.title)} as title from ${sql.table(source.table)}
        where organisation_id = ${organisationId} and id in (${sql.join([...ids])})`.execute(db);
      for (const row of rows.rows) {
        const title = titleOf(row.title);
        if (title) names.set(auditSubjectKey(type, row.id), { title, path: source.path ? source.path(row.id) : null });
      }
    }),
  );
  return names;
}
