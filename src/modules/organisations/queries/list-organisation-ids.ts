import type { Db } from '../../../platform/db/database.ts';

/** Every organisation's id, oldest first: for work done per organisation (the search's re-index). */
export async function listOrganisationIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('id').orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => row.id);
}
