import { createHash } from 'node:crypto';
import { newId } from '../../platform/db/ids.ts';
import type { AppContext } from '../../platform/module.ts';
import type { SearchDocument } from '../../platform/search/source.ts';
import { deleteRows, type IndexRow, insertRows } from './engines.ts';

/** How many documents were written and removed by one re-index of an organisation. */
export interface ReindexOutcome {
  written: number;
  removed: number;
}

function keyOf(kind: string, sourceId: string, language: string): string {
  return `${kind}\u0000${sourceId}\u0000${language}`;
}

function fingerprintOf(document: SearchDocument): string {
  return createHash('sha256')
    .update(JSON.stringify([document.processId, document.title, document.body, document.path]))
    .digest('base64url');
}

/**
 * Brings the organisation's index in line with what its sources list now: new and changed documents
 * written, documents no longer listed (deleted, unpublished, hidden, audience narrowed) removed. Only
 * documents whose fingerprint moved are rewritten, in one transaction.
 */
export async function reindexOrganisation(context: AppContext, organisationId: string): Promise<ReindexOutcome> {
  const listed = (await Promise.all(context.searchSources.map((source) => source.list(context, organisationId)))).flat();
  const now = context.clock.now().toISOString();
  return context.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('search_documents')
      .select(['id', 'kind', 'source_id', 'language', 'fingerprint'])
      .where('organisation_id', '=', organisationId)
      .execute();
    const known = new Map(existing.map((row) => [keyOf(row.kind, row.source_id, row.language), row]));
    const stale: string[] = [];
    const fresh: IndexRow[] = [];
    const seen = new Set<string>();
    for (const document of listed) {
      const key = keyOf(document.kind, document.sourceId, document.language);
      if (seen.has(key)) continue;
      seen.add(key);
      const fingerprint = fingerprintOf(document);
      const row = known.get(key);
      if (row?.fingerprint === fingerprint) continue;
      if (row) stale.push(row.id);
      fresh.push({
        id: newId(),
        organisation_id: organisationId,
        kind: document.kind,
        source_id: document.sourceId,
        process_id: document.processId,
        language: document.language,
        title: document.title,
        body: document.body,
        path: document.path,
        fingerprint,
        indexed_at: now,
      });
    }
    for (const row of existing) if (!seen.has(keyOf(row.kind, row.source_id, row.language))) stale.push(row.id);
    await deleteRows(trx, context.dialect, stale);
    await insertRows(trx, context.dialect, fresh);
    return {
      written: fresh.length,
      removed: stale.length - fresh.filter((row) => known.has(keyOf(row.kind, row.source_id, row.language))).length,
    };
  });
}
