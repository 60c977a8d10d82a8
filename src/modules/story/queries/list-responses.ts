import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import type { ResponseOutcome } from '../tables.ts';

/** An official response as the pages show it. */
export interface StoryResponse {
  id: string;
  outcome: ResponseOutcome;
  text: LocalizedText;
  changedBlockKey: string | null;
  publishedAt: string | null;
}

/** The responses to a version's comments, or to those of several versions (published ones only unless `drafts`), by id. */
export async function listResponses(
  db: Db,
  organisationId: string,
  versionId: string | string[],
  drafts: boolean,
): Promise<Map<string, StoryResponse>> {
  const versionIds = typeof versionId === 'string' ? [versionId] : versionId;
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('story_responses')
    .select(['id', 'outcome', 'text', 'changed_block_key', 'published_at'])
    .$call(inOrganisation(organisationId, 'story_responses'))
    .where('version_id', 'in', versionIds)
    .$if(!drafts, (query) => query.where('published_at', 'is not', null))
    .execute();
  return new Map(rows.map((row) => [row.id, toResponse(row)]));
}

function toResponse(row: {
  id: string;
  outcome: ResponseOutcome;
  text: string;
  changed_block_key: string | null;
  published_at: string | null;
}): StoryResponse {
  return {
    id: row.id,
    outcome: row.outcome,
    text: parseJsonColumn<LocalizedText>(row.text, { fi: '' }),
    changedBlockKey: row.changed_block_key,
    publishedAt: row.published_at,
  };
}

/** The published responses among the given ids (those of the comments a page shows), by id. */
export async function listResponsesByIds(
  db: Db,
  organisationId: string,
  versionIds: string[],
  ids: string[],
): Promise<Map<string, StoryResponse>> {
  if (ids.length === 0 || versionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('story_responses')
    .select(['id', 'outcome', 'text', 'changed_block_key', 'published_at'])
    .$call(inOrganisation(organisationId, 'story_responses'))
    .where('version_id', 'in', versionIds)
    .where('id', 'in', [...new Set(ids)])
    .where('published_at', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.id, toResponse(row)]));
}
