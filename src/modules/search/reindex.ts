import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { readPageVersion } from '../../platform/http/page-cache.ts';
import type { AppContext } from '../../platform/module.ts';
import type { SearchDocument, SearchSource } from '../../platform/search/source.ts';
import { deleteOrganisationRows, deleteRows, type IndexRow, insertRows, refreshStatistics } from './engines.ts';

/** How many documents were written and removed by one re-index of an organisation, and how many sources were listed. */
export interface ReindexOutcome {
  written: number;
  removed: number;
}

/**
 * How a re-index goes:
 * - `changed` (the job): a source is listed only when the organisation's page version moved since
 *   its last listing, or when that is older than RECHECK_MS (a change that moved no page version);
 * - `sources` (the default): every source is listed, and only those whose listing changed are diffed;
 * - `rebuild` (`npx tarina search reindex`): every document is written anew.
 */
export type ReindexMode = 'changed' | 'sources' | 'rebuild';

/** The longest a source goes unlisted by the job, whatever the page version says. */
export const RECHECK_MS = 10 * 60_000;

/** A source's name in the index: its kinds (each source answers for its own set). */
export function sourceKey(source: SearchSource): string {
  return source.kinds.join('+');
}

function keyOf(kind: string, sourceId: string, language: string): string {
  return `${kind}\u0000${sourceId}\u0000${language}`;
}

/** The public audience adds nothing: documents indexed before audiences were stored keep their fingerprints. */
function fingerprintOf(document: SearchDocument): string {
  const fields: unknown[] = [document.processId, document.title, document.body, document.path];
  if ((document.audience ?? 'public') !== 'public') fields.push(document.audience);
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

/** One listed document with its key and fingerprint; the first of a key wins. */
interface Listed {
  key: string;
  fingerprint: string;
  document: SearchDocument;
}

function fingerprinted(documents: SearchDocument[]): Listed[] {
  const seen = new Set<string>();
  const out: Listed[] = [];
  for (const document of documents) {
    const key = keyOf(document.kind, document.sourceId, document.language);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, fingerprint: fingerprintOf(document), document });
  }
  return out;
}

/** A hash of a whole listing: equal when no document of the source was added, changed or removed. */
function digestOf(listed: Listed[]): string {
  const hash = createHash('sha256');
  for (const line of listed.map((item) => `${item.key}\u0000${item.fingerprint}`).sort()) hash.update(line).update('\n');
  return hash.digest('base64url');
}

/** After this many rows written or removed, the planner's statistics are refreshed. */
const STATISTICS_AFTER = 1000;

function rowOf(organisationId: string, source: string, item: Listed, now: Date): IndexRow {
  return {
    id: newId(),
    organisation_id: organisationId,
    source,
    kind: item.document.kind,
    source_id: item.document.sourceId,
    process_id: item.document.processId,
    language: item.document.language,
    title: item.document.title,
    body: item.document.body,
    path: item.document.path,
    audience: item.document.audience ?? 'public',
    fingerprint: item.fingerprint,
    indexed_at: now.toISOString(),
  };
}

async function saveState(db: Db, organisationId: string, source: string, digest: string, version: number, now: Date): Promise<void> {
  const listedAt = now.toISOString();
  await db
    .insertInto('search_source_states')
    .values({ organisation_id: organisationId, source, digest, page_version: version, listed_at: listedAt })
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'source']).doUpdateSet({ digest, page_version: version, listed_at: listedAt }),
    )
    .execute();
}

/** Everything anew, in one transaction: what the sources list now, nothing kept from before. */
async function rebuild(context: AppContext, organisationId: string, version: number, now: Date): Promise<ReindexOutcome> {
  const listings = await Promise.all(
    context.searchSources.map(async (source) => fingerprinted(await source.list(context, organisationId))),
  );
  const outcome = await context.db.transaction().execute(async (trx) => {
    const removed = await deleteOrganisationRows(trx, context.dialect, organisationId);
    let written = 0;
    for (const [index, source] of context.searchSources.entries()) {
      const listed = listings[index] ?? [];
      const key = sourceKey(source);
      await insertRows(
        trx,
        context.dialect,
        listed.map((item) => rowOf(organisationId, key, item, now)),
      );
      await saveState(trx, organisationId, key, digestOf(listed), version, now);
      written += listed.length;
    }
    return { written, removed };
  });
  await refreshStatistics(context.db, context.dialect);
  return outcome;
}

/** One source's rows brought in line with its listing: changed and new ones written, gone ones removed. */
async function applyListing(
  db: Db,
  context: AppContext,
  organisationId: string,
  key: string,
  listed: Listed[],
  now: Date,
): Promise<ReindexOutcome> {
  const existing = await db
    .selectFrom('search_documents')
    .select(['id', 'kind', 'source_id', 'language', 'fingerprint'])
    .where('organisation_id', '=', organisationId)
    .where('source', '=', key)
    .execute();
  const known = new Map(existing.map((row) => [keyOf(row.kind, row.source_id, row.language), row]));
  const listedKeys = new Set(listed.map((item) => item.key));
  const stale: string[] = [];
  const fresh: IndexRow[] = [];
  for (const item of listed) {
    const row = known.get(item.key);
    if (row?.fingerprint === item.fingerprint) continue;
    if (row) stale.push(row.id);
    fresh.push(rowOf(organisationId, key, item, now));
  }
  const gone = existing.filter((row) => !listedKeys.has(keyOf(row.kind, row.source_id, row.language))).map((row) => row.id);
  await deleteRows(db, context.dialect, [...stale, ...gone]);
  await insertRows(db, context.dialect, fresh);
  return { written: fresh.length, removed: gone.length };
}

/** Rows no current source answers for (a module taken out of the list): removed. */
async function removeOrphans(context: AppContext, organisationId: string): Promise<number> {
  const orphans = await context.db
    .selectFrom('search_documents')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('source', 'not in', context.searchSources.map(sourceKey))
    .execute();
  if (orphans.length > 0) {
    await context.db.transaction().execute((trx) =>
      deleteRows(
        trx,
        context.dialect,
        orphans.map((row) => row.id),
      ),
    );
  }
  return orphans.length;
}

/**
 * Brings the organisation's index in line with what its sources list now, source by source (see
 * ReindexMode): a source whose listing is as it was (by digest) costs one listing and no write; for
 * the others new and changed documents are written (by fingerprint) and documents no longer listed
 * (deleted, unpublished, hidden, audience narrowed) removed, each source in one transaction. Rows of
 * a source no longer in the module list go too.
 */
export async function reindexOrganisation(
  context: AppContext,
  organisationId: string,
  options: { mode?: ReindexMode } = {},
): Promise<ReindexOutcome> {
  const mode = options.mode ?? 'sources';
  const now = context.clock.now();
  const version = await readPageVersion(context.db, organisationId);
  if (mode === 'rebuild') return rebuild(context, organisationId, version, now);
  const states = await context.db
    .selectFrom('search_source_states')
    .select(['source', 'digest', 'page_version', 'listed_at'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const outcome: ReindexOutcome = { written: 0, removed: await removeOrphans(context, organisationId) };
  for (const source of context.searchSources) {
    const key = sourceKey(source);
    const state = states.find((row) => row.source === key);
    const recent = state !== undefined && now.getTime() - Date.parse(state.listed_at) < RECHECK_MS;
    if (mode === 'changed' && recent && Number(state?.page_version) === version) continue;
    const listed = fingerprinted(await source.list(context, organisationId));
    const digest = digestOf(listed);
    await context.db.transaction().execute(async (trx) => {
      if (state?.digest !== digest) {
        const applied = await applyListing(trx, context, organisationId, key, listed, now);
        outcome.written += applied.written;
        outcome.removed += applied.removed;
      }
      await saveState(trx, organisationId, key, digest, version, now);
    });
  }
  if (outcome.written + outcome.removed > STATISTICS_AFTER) await refreshStatistics(context.db, context.dialect);
  return outcome;
}
