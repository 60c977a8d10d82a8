import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Block, toBlock } from '../model.ts';

/** A version's headings and paragraphs in their order. */
export async function listBlocks(db: Db, organisationId: string, versionId: string): Promise<Block[]> {
  const rows = await db
    .selectFrom('story_blocks')
    .select(['block_key', 'kind', 'text', 'translations_behind'])
    .$call(inOrganisation(organisationId, 'story_blocks'))
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map(toBlock);
}
