import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Block } from '../model.ts';
import { listBlocks } from './list-blocks.ts';

/** The story's approved text: the newest decided version's number and its paragraphs (not headings), in order. */
export interface ApprovedParagraphs {
  versionId: string;
  versionNumber: number;
  paragraphs: Block[];
}

/** The newest version a body's decision froze, with its paragraphs; undefined while no version is decided. */
export async function findApprovedParagraphs(db: Db, organisationId: string, processId: string): Promise<ApprovedParagraphs | undefined> {
  const version = await db
    .selectFrom('story_versions')
    .select(['id', 'number'])
    .$call(inOrganisation(organisationId, 'story_versions'))
    .where('process_id', '=', processId)
    .where('status', '=', 'decided')
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (!version) return undefined;
  const blocks = await listBlocks(db, organisationId, version.id);
  return { versionId: version.id, versionNumber: Number(version.number), paragraphs: blocks.filter((block) => block.kind === 'paragraph') };
}
