import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

// A person is an account or, without one, a participant key (as countParticipation counts them).
const person = sql<string>`coalesce('u:' || author_user_id, 'p:' || participant_key)`;

/** People and contributions of one group: `key` is the channel, the month ('YYYY-MM', UTC) or '' for a total. */
export interface ContributionCount {
  key: string;
  people: number;
  contributions: number;
}

/** What to narrow a process's contributions to: a period of UTC instants or days, and authors. */
export interface ContributionScope {
  /** Inclusive, an ISO instant or 'YYYY-MM-DD'. */
  from?: string;
  /** Exclusive, an ISO instant or 'YYYY-MM-DD'. */
  to?: string;
  /** Only these accounts' contributions (an empty list counts nothing). */
  authorUserIds?: readonly string[];
}

function inProcess(db: Db, organisationId: string, processId: string, scope: ContributionScope = {}) {
  let query = db.selectFrom('contributions').$call(inOrganisation(organisationId, 'contributions')).where('process_id', '=', processId);
  if (scope.from) query = query.where('created_at', '>=', scope.from);
  if (scope.to) query = query.where('created_at', '<', scope.to);
  if (scope.authorUserIds) query = query.where('author_user_id', 'in', scope.authorUserIds.length > 0 ? [...scope.authorUserIds] : ['']);
  return query;
}

const counted = (key: string, row: { people: unknown; contributions: unknown }): ContributionCount => ({
  key,
  people: Number(row.people),
  contributions: Number(row.contributions),
});

/** A process's contributions (hidden ones too: they were given) and the distinct people who gave them, in one aggregate. */
export async function countProcessContributions(db: Db, organisationId: string, processId: string, scope?: ContributionScope) {
  const row = await inProcess(db, organisationId, processId, scope)
    .select((eb) => [eb.fn.countAll<number>().as('contributions'), eb.fn.count<number>(person).distinct().as('people')])
    .executeTakeFirstOrThrow();
  return counted('', row);
}

/** A process's people and contributions per channel or per calendar month (UTC), in one aggregate query. */
export async function countProcessContributionsBy(
  db: Db,
  organisationId: string,
  processId: string,
  by: 'channel' | 'month',
): Promise<ContributionCount[]> {
  const group = by === 'channel' ? sql<string>`channel` : sql<string>`substr(created_at, 1, 7)`;
  const rows = await inProcess(db, organisationId, processId)
    .select((eb) => [group.as('key'), eb.fn.countAll<number>().as('contributions'), eb.fn.count<number>(person).distinct().as('people')])
    .groupBy(group)
    .orderBy(group)
    .execute();
  return rows.map((row) => counted(row.key, row));
}

/** One contribution as an export or a breakdown reads it: who as a person key, never a name. */
export interface ContributionRow {
  id: string;
  channel: string;
  /** 'u:' + account id, 'p:' + participant key, or null. */
  person: string | null;
  language: string;
  text: string;
  metadata: string;
  hidden: boolean;
  createdAt: string;
}

/**
 * One page of a process's contributions in id order after `after` (keyset paging, so a long
 * read keeps memory flat); `withMetadata` keeps only rows whose metadata JSON holds one of these keys.
 */
export async function pageProcessContributions(
  db: Db,
  organisationId: string,
  processId: string,
  page: { after: string; limit: number; withMetadata?: readonly string[] },
): Promise<ContributionRow[]> {
  let query = inProcess(db, organisationId, processId).where('id', '>', page.after);
  const keys = page.withMetadata ?? [];
  if (keys.length > 0) query = query.where((eb) => eb.or(keys.map((key) => eb('metadata', 'like', `%"${key}"%`))));
  const rows = await query
    .select(['id', 'channel', 'author_user_id', 'participant_key', 'language', 'text', 'metadata', 'hidden', 'created_at'])
    .orderBy('id')
    .limit(page.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    person: row.author_user_id ? `u:${row.author_user_id}` : row.participant_key ? `p:${row.participant_key}` : null,
    language: row.language,
    text: row.text,
    metadata: row.metadata,
    hidden: Number(row.hidden) === 1,
    createdAt: row.created_at,
  }));
}
