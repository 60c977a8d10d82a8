import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { CarriedComment } from '../carry-over.ts';
import type { Version } from '../model.ts';

/** How many comments each paragraph shows on the reading page before its "show more" link. */
export const COMMENTS_PER_PAGE = 5;

/** What the reading page asks for: the paragraphs and how many comments of one of them are shown. */
export interface CommentPagesQuery {
  /** The version shown and the readable versions (comments of earlier ones are carried over). */
  version: Version;
  versions: Version[];
  /** The shown version's paragraph keys; comments on other keys are listed apart, every one of them. */
  paragraphs: string[];
  /** One paragraph shown further than the first page: its key and how many of its comments to show. */
  expanded?: { key: string; shown: number } | undefined;
}

/** The comments the reading page shows: the first few per paragraph, how many each has, and the status counts. */
export interface CommentPages {
  byBlock: Map<string, CarriedComment[]>;
  /** Every published comment per paragraph key (this version's and those carried over). */
  counts: Map<string, number>;
  removed: CarriedComment[];
  /** The shown version's own published comments and how many of them have a published response. */
  own: { comments: number; answered: number };
}

const publishedOf = (db: Db, organisationId: string, versionIds: string[]) =>
  db
    .selectFrom('story_comments')
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('version_id', 'in', versionIds)
    .where('status', '=', 'published');

/**
 * The comments shown, oldest first: each paragraph's numbered by row_number over the paragraph (portable
 * to SQLite and PostgreSQL), the first page of each kept, more of the expanded one, all on removed keys.
 */
function listShownComments(db: Db, organisationId: string, versionIds: string[], query: CommentPagesQuery) {
  const { expanded, paragraphs } = query;
  return (
    db
      .selectFrom(
        publishedOf(db, organisationId, versionIds)
          .select(['id', 'version_id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at'])
          .select((eb) =>
            eb.fn
              .agg<number>('row_number')
              .over((over) => over.partitionBy('block_key').orderBy('created_at').orderBy('id'))
              .as('position'),
          )
          .as('ranked'),
      )
      .selectAll()
      // Without paragraphs every comment is on a removed one, and those are all listed.
      .$if(paragraphs.length > 0, (ranked) =>
        ranked.where((eb) =>
          eb.or([
            eb('position', '<=', COMMENTS_PER_PAGE),
            eb('block_key', 'not in', paragraphs),
            ...(expanded ? [eb.and([eb('block_key', '=', expanded.key), eb('position', '<=', expanded.shown)])] : []),
          ]),
        ),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  );
}

/** The shown version's own published comments and how many of them have a published response. */
async function countOwnComments(db: Db, organisationId: string, versionId: string) {
  const row = await db
    .selectFrom('story_comments')
    .leftJoin('story_responses', (join) =>
      join.onRef('story_responses.id', '=', 'story_comments.response_id').on('story_responses.published_at', 'is not', null),
    )
    .$call(inOrganisation(organisationId, 'story_comments'))
    .where('story_comments.version_id', '=', versionId)
    .where('story_comments.status', '=', 'published')
    .select((eb) => [eb.fn.countAll<number | string>().as('comments'), eb.fn.count<number | string>('story_responses.id').as('answered')])
    .executeTakeFirst();
  return { comments: Number(row?.comments ?? 0), answered: Number(row?.answered ?? 0) };
}

/**
 * The reading page's comments without reading them all: the first page of each paragraph's (more of
 * the expanded one), every paragraph's count, and the shown version's own and answered counts.
 */
export async function listCommentPages(db: Db, organisationId: string, query: CommentPagesQuery): Promise<CommentPages> {
  const numbers = new Map(query.versions.filter((item) => item.number <= query.version.number).map((item) => [item.id, item.number]));
  const versionIds = [...numbers.keys()];
  const [rows, counts, own] = await Promise.all([
    listShownComments(db, organisationId, versionIds, query),
    publishedOf(db, organisationId, versionIds)
      .select(['block_key'])
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .groupBy('block_key')
      .execute(),
    countOwnComments(db, organisationId, query.version.id),
  ]);
  const paragraphs = new Set(query.paragraphs);
  const byBlock = new Map<string, CarriedComment[]>();
  const removed: CarriedComment[] = [];
  for (const row of rows) {
    const comment: CarriedComment = {
      id: row.id,
      versionId: row.version_id,
      blockKey: row.block_key,
      passage: row.passage,
      body: row.body,
      language: row.language,
      responseId: row.response_id,
      createdAt: row.created_at,
      versionNumber: numbers.get(row.version_id) ?? query.version.number,
    };
    const list = paragraphs.has(comment.blockKey) ? byBlock.get(comment.blockKey) : removed;
    if (list) list.push(comment);
    else byBlock.set(comment.blockKey, [comment]);
  }
  return { byBlock, counts: new Map(counts.map((row) => [row.block_key, Number(row.count)])), removed, own };
}
