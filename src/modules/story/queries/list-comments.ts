import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** A comment as the pages show it. */
export interface StoryComment {
  id: string;
  blockKey: string;
  passage: string | null;
  body: string;
  language: string;
  responseId: string | null;
  createdAt: string;
}

/** The published comments of a version, oldest first. */
export async function listComments(db: Db, organisationId: string, versionId: string): Promise<StoryComment[]> {
  const rows = await db
    .selectFrom('story_comments')
    .select(['id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at'])
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('version_id', '=', versionId)
    .where('status', '=', 'published')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
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
    .select(['id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at', 'hidden_reason', 'moderated_at'])
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('version_id', '=', versionId)
    .where('status', '=', 'hidden')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
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
