import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

const CHUNK = 1_000;

/** The accounts that wrote any of these visible contributions (those given without an account are left out). */
export async function listContributionAuthors(db: Db, organisationId: string, contributionIds: readonly string[]): Promise<Set<string>> {
  const authors = new Set<string>();
  for (let start = 0; start < contributionIds.length; start += CHUNK) {
    const rows = await db
      .selectFrom('contributions')
      .select('author_user_id')
      .distinct()
      .$call(inOrganisation(organisationId, 'contributions'))
      .where('id', 'in', contributionIds.slice(start, start + CHUNK))
      .where('author_user_id', 'is not', null)
      .where('hidden', '=', 0)
      .execute();
    for (const row of rows) if (row.author_user_id) authors.add(row.author_user_id);
  }
  return authors;
}
