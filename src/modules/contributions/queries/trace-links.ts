import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** One typed link as the trace reads it. */
export interface TraceLink {
  fromType: string;
  fromId: string;
  relation: string;
  toType: string;
  toId: string;
  createdAt: string;
}

const CHUNK = 1_000;

async function chunked(ids: readonly string[], read: (chunk: string[]) => Promise<TraceLink[]>): Promise<TraceLink[]> {
  const out: TraceLink[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) out.push(...(await read(ids.slice(start, start + CHUNK))));
  return out;
}

const columns = ['from_type', 'from_id', 'relation', 'to_type', 'to_id', 'created_at'] as const;
const toLink = (row: { from_type: string; from_id: string; relation: string; to_type: string; to_id: string; created_at: string }) => ({
  fromType: row.from_type,
  fromId: row.from_id,
  relation: row.relation,
  toType: row.to_type,
  toId: row.to_id,
  createdAt: row.created_at,
});

/** The links of one relation from these things (one step of a trace downwards). */
export function listLinksFrom(
  db: Db,
  organisationId: string,
  fromType: string,
  fromIds: readonly string[],
  relation: string,
): Promise<TraceLink[]> {
  return chunked(fromIds, async (chunk) =>
    (
      await db
        .selectFrom('links')
        .select([...columns])
        .$call(inOrganisation(organisationId, 'links'))
        .where('from_type', '=', fromType)
        .where('from_id', 'in', chunk)
        .where('relation', '=', relation)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).map(toLink),
  );
}

/** The links of one relation to these things (one step of a trace upwards). */
export function listLinksTo(
  db: Db,
  organisationId: string,
  toType: string,
  toIds: readonly string[],
  relation: string,
): Promise<TraceLink[]> {
  return chunked(toIds, async (chunk) =>
    (
      await db
        .selectFrom('links')
        .select([...columns])
        .$call(inOrganisation(organisationId, 'links'))
        .where('to_type', '=', toType)
        .where('to_id', 'in', chunk)
        .where('relation', '=', relation)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    ).map(toLink),
  );
}

/** A person's own visible contributions (newest first, at most `limit`): what "what became of what I said" starts from. */
export async function listAuthorContributions(
  db: Db,
  organisationId: string,
  userId: string,
  limit: number,
): Promise<Array<{ id: string; processId: string | null; channel: string; text: string; createdAt: string }>> {
  const rows = await db
    .selectFrom('contributions')
    .select(['id', 'process_id', 'channel', 'text', 'created_at'])
    .$call(inOrganisation(organisationId, 'contributions'))
    .where('author_user_id', '=', userId)
    .where('hidden', '=', 0)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, processId: row.process_id, channel: row.channel, text: row.text, createdAt: row.created_at }));
}

/**
 * How many distinct things the links of one relation from these things reach: a trace's count (the voices behind a
 * goal's themes) in the database, without reading every link.
 */
export async function countLinkTargets(
  db: Db,
  organisationId: string,
  fromType: string,
  fromIds: readonly string[],
  relation: string,
): Promise<number> {
  if (fromIds.length === 0) return 0;
  // Past one statement's bound values, the distinct targets are gathered here instead.
  if (fromIds.length > CHUNK)
    return new Set((await listLinksFrom(db, organisationId, fromType, fromIds, relation)).map((link) => link.toId)).size;
  const row = await db
    .selectFrom('links')
    .select((eb) => eb.fn.count<number | string>('to_id').distinct().as('count'))
    .$call(inOrganisation(organisationId, 'links'))
    .where('from_type', '=', fromType)
    .where('from_id', 'in', fromIds)
    .where('relation', '=', relation)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
