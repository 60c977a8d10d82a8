import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

const CHUNK = 1_000;

/**
 * The accounts that wrote the visible contributions the links of one relation from these things reach (the people behind
 * a goal's themes), in one statement per chunk of `fromIds` instead of reading every link first.
 */
export async function listLinkedAuthors(
  db: Db,
  organisationId: string,
  fromType: string,
  fromIds: readonly string[],
  relation: string,
): Promise<Set<string>> {
  const authors = new Set<string>();
  for (let start = 0; start < fromIds.length; start += CHUNK) {
    const rows = await db
      .selectFrom('links')
      .innerJoin('contributions', (join) =>
        join.onRef('contributions.id', '=', 'links.to_id').onRef('contributions.organisation_id', '=', 'links.organisation_id'),
      )
      .select('contributions.author_user_id')
      .distinct()
      .$call(inOrganisation(organisationId, 'links'))
      .where('links.from_type', '=', fromType)
      .where('links.from_id', 'in', fromIds.slice(start, start + CHUNK))
      .where('links.relation', '=', relation)
      .where('links.to_type', '=', 'contribution')
      .where('contributions.author_user_id', 'is not', null)
      .where('contributions.hidden', '=', 0)
      .execute();
    for (const row of rows) if (row.author_user_id) authors.add(row.author_user_id);
  }
  return authors;
}
