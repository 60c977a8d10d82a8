import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** A comment as the pages show it. */
export interface StoryComment {
  id: string;
  /** The version it was made on: a later version keeps it while the paragraph's key survives. */
  versionId: string;
  blockKey: string;
  passage: string | null;
  body: string;
  language: string;
  responseId: string | null;
  createdAt: string;
}

/** The published comments of a version, oldest first. */
export function listComments(db: Db, organisationId: string, versionId: string): Promise<StoryComment[]> {
  return listCommentsOfVersions(db, organisationId, [versionId]);
}

/** The published comments of the given versions (a story's readable ones, for carrying them over), oldest first. */
export async function listCommentsOfVersions(db: Db, organisationId: string, versionIds: string[]): Promise<StoryComment[]> {
  if (versionIds.length === 0) return [];
  const rows = await db
    .selectFrom('story_comments')
    .select(['id', 'version_id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at'])
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('version_id', 'in', versionIds)
    .where('status', '=', 'published')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    versionId: row.version_id,
    blockKey: row.block_key,
    passage: row.passage,
    body: row.body,
    language: row.language,
    responseId: row.response_id,
    createdAt: row.created_at,
  }));
}

/** A comment a moderator hid, with the reason. */
export interface HiddenComment extends StoryComment {
  hiddenReason: string | null;
  moderatedAt: string | null;
}

/** The hidden comments of a version, for its moderators, oldest first. */
export async function listHiddenComments(db: Db, organisationId: string, versionId: string): Promise<HiddenComment[]> {
  const rows = await db
    .selectFrom('story_comments')
    .select(['id', 'version_id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at', 'hidden_reason', 'moderated_at'])
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('version_id', '=', versionId)
    .where('status', '=', 'hidden')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    versionId: row.version_id,
    blockKey: row.block_key,
    passage: row.passage,
    body: row.body,
    language: row.language,
    responseId: row.response_id,
    createdAt: row.created_at,
    hiddenReason: row.hidden_reason,
    moderatedAt: row.moderated_at,
  }));
}
