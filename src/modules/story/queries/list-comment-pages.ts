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

const COLUMNS = ['id', 'version_id', 'block_key', 'passage', 'body', 'language', 'response_id', 'created_at'] as const;
/** Paragraphs per statement: SQLite allows 500 terms in one compound select. */
const PARAGRAPHS_PER_STATEMENT = 100;

/**
 * The comments shown: for each paragraph its first page (more of the expanded one), each an index range
 * read to its LIMIT, joined by UNION ALL into one statement, and every comment on a key the version no
 * longer has. Numbering every comment with a window function instead read and sorted all 5,000 (the
 * bench's page spent most of its time there on SQLite).
 */
async function listShownComments(db: Db, organisationId: string, versionIds: string[], query: CommentPagesQuery) {
  const published = () => publishedOf(db, organisationId, versionIds).select(COLUMNS);
  const pageOf = (key: string) => {
    const limit = query.expanded?.key === key ? Math.max(query.expanded.shown, COMMENTS_PER_PAGE) : COMMENTS_PER_PAGE;
    return db.selectFrom(published().where('block_key', '=', key).orderBy('created_at').orderBy('id').limit(limit).as('paged')).selectAll();
  };
  const removed = db
    .selectFrom(
      published()
        .$if(query.paragraphs.length > 0, (builder) => builder.where('block_key', 'not in', query.paragraphs))
        .as('removed'),
    )
    .selectAll();
  const statements = [];
  for (let start = 0; start < query.paragraphs.length; start += PARAGRAPHS_PER_STATEMENT) {
    const keys = query.paragraphs.slice(start, start + PARAGRAPHS_PER_STATEMENT);
    statements.push(
      keys
        .slice(1)
        .reduce((union, key) => union.unionAll(pageOf(key)), pageOf(keys[0] ?? ''))
        .execute(),
    );
  }
  const rows = (await Promise.all([removed.execute(), ...statements])).flat();
  return rows.sort((one, other) => one.created_at.localeCompare(other.created_at) || one.id.localeCompare(other.id));
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
