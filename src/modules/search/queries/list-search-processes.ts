import { isLocale, type LocalizedText } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import type { IndexPage } from '../engines.ts';

/** A public process as the filter and the empty page list it. */
export interface SearchProcess {
  id: string;
  /** Its page, without the language. */
  path: string;
  title: LocalizedText;
}

/**
 * The process list of each organisation, kept for the digest of the listing it was read at: the
 * index's process documents change only with that listing (written in the transaction that stores
 * its digest), so an equal digest means an equal list. One entry per organisation.
 */
const cache = new Map<string, { digest: string; processes: SearchProcess[] }>();

async function readProcesses(context: AppContext, organisationId: string): Promise<SearchProcess[]> {
  const rows = await context.db
    .selectFrom('search_documents')
    .select(['source_id', 'language', 'title', 'path'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'process')
    .where('audience', '=', 'public')
    .orderBy('source_id')
    .execute();
  const processes = new Map<string, SearchProcess>();
  for (const row of rows) {
    const process = processes.get(row.source_id) ?? { id: row.source_id, path: row.path, title: { fi: '' } };
    if (isLocale(row.language)) process.title[row.language] = row.title;
    processes.set(row.source_id, process);
  }
  return [...processes.values()].sort((a, b) => (a.title.fi ?? '').localeCompare(b.title.fi ?? '', 'fi'));
}

/** Of the listed processes, those the processes' source still lists as public (asked only when its listing may be out of date). */
async function stillPublic(context: AppContext, organisationId: string, processes: SearchProcess[]): Promise<SearchProcess[]> {
  const source = context.searchSources.find((candidate) => candidate.kinds.includes('process'));
  if (!source || processes.length === 0) return [];
  const listed = await source.list(context, organisationId, { kind: 'process', ids: processes.map((process) => process.id) });
  const open = new Set(listed.filter((document) => document.kind === 'process').map((document) => document.sourceId));
  return processes.filter((process) => open.has(process.id));
}

/**
 * The public processes as the index lists them (kind `process`): the filter's choices and the empty
 * page's links. `listing` is the state of the processes' listing as the search read it: its digest
 * finds the kept list, and a listing older than the page version (a process made internal since) has
 * its processes asked again, as hits are, so a hidden process is not named even for a minute.
 */
export async function listSearchProcesses(
  context: AppContext,
  organisationId: string,
  listing: IndexPage['listing'],
): Promise<SearchProcess[]> {
  const kept = cache.get(organisationId);
  let processes: SearchProcess[];
  if (listing && kept?.digest === listing.digest) processes = kept.processes;
  else {
    processes = await readProcesses(context, organisationId);
    if (listing) cache.set(organisationId, { digest: listing.digest, processes });
  }
  return listing?.current ? processes : stillPublic(context, organisationId, processes);
}
