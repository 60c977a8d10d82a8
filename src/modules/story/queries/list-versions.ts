import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { toVersion, type Version } from '../model.ts';

/** The process's story versions, oldest (number 1) first. */
export async function listVersions(db: Db, organisationId: string, processId: string): Promise<Version[]> {
  const rows = await db
    .selectFrom('story_versions')
    .selectAll()
    .$call(inOrganisation(organisationId, 'story_versions'))
    .where('process_id', '=', processId)
    .orderBy('number')
    .execute();
  return rows.map(toVersion);
}
