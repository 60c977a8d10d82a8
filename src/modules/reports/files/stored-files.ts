import { createHash } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import '../tables.ts';

/** Which file of a published report: the open-data zip or a PDF. */
export type ReportFileKind = 'open-data' | 'pdf';

/** Where a stored file belongs: a process's published report, the kind, and '' or the PDF's language. */
export interface ReportFileKey {
  organisationId: string;
  processId: string;
  kind: ReportFileKind;
  variant: string;
}

/** A stored file as it is served: its bytes, a strong ETag and when it was built. */
export interface StoredFile {
  bytes: Buffer;
  etag: string;
  builtAt: string;
}

// The bytes of recently served files by ETag, so a popular package is not decoded from base64 on every
// request; an ETag names its bytes, so an entry can never be out of date, only evicted.
const recent = new Map<string, Buffer>();
const RECENT_FILES = 8;

function remember(etag: string, bytes: Buffer): void {
  recent.delete(etag);
  recent.set(etag, bytes);
  if (recent.size > RECENT_FILES) recent.delete(recent.keys().next().value as string);
}

/** The stored file built from the report published at `version`; null when none, stale or of another publishing. */
export async function findStoredFile(db: Db, key: ReportFileKey, version: string): Promise<StoredFile | null> {
  const row = await db
    .selectFrom('report_files')
    .select(['etag', 'built_at'])
    .$call(inOrganisation(key.organisationId, 'report_files'))
    .where('process_id', '=', key.processId)
    .where('kind', '=', key.kind)
    .where('variant', '=', key.variant)
    .where('version', '=', version)
    .where('stale', '=', 0)
    .executeTakeFirst();
  if (!row) return null;
  let bytes = recent.get(row.etag);
  if (!bytes) {
    const content = await db
      .selectFrom('report_files')
      .select('content')
      .$call(inOrganisation(key.organisationId, 'report_files'))
      .where('process_id', '=', key.processId)
      .where('kind', '=', key.kind)
      .where('variant', '=', key.variant)
      .where('etag', '=', row.etag)
      .executeTakeFirst();
    if (!content) return null;
    bytes = Buffer.from(content.content, 'base64');
  }
  remember(row.etag, bytes);
  return { bytes, etag: row.etag, builtAt: row.built_at };
}

/** Stores a file built from the report published at `version`, replacing the one before. */
export async function storeFile(db: Db, key: ReportFileKey, version: string, bytes: Buffer, now: Date): Promise<StoredFile> {
  const etag = createHash('sha256').update(bytes).digest('base64url');
  const builtAt = now.toISOString();
  const values = { version, content: bytes.toString('base64'), etag, stale: 0, built_at: builtAt };
  await db
    .insertInto('report_files')
    .values({
      id: newId(),
      organisation_id: key.organisationId,
      process_id: key.processId,
      kind: key.kind,
      variant: key.variant,
      ...values,
    })
    .onConflict((conflict) => conflict.columns(['organisation_id', 'process_id', 'kind', 'variant']).doUpdateSet(values))
    .execute();
  remember(etag, bytes);
  return { bytes, etag, builtAt };
}

/**
 * Marks every stored open-data package of the organisation to be built again. Erasure calls it: the
 * packages hold no identities, but what is built after an erasure must come from the data as it is then.
 */
export async function markOpenDataStale(db: Db, organisationId: string): Promise<void> {
  await db
    .updateTable('report_files')
    .set({ stale: 1 })
    .$call(inOrganisation(organisationId, 'report_files'))
    .where('kind', '=', 'open-data')
    .execute();
}

// Builds running in this process by key and version: two requests for a missing file build it once.
const building = new Map<string, Promise<StoredFile>>();

/** The stored file of this publishing, or the file built now by `build` and stored (once at a time per key). */
export async function storedOrBuilt(
  db: Db,
  key: ReportFileKey,
  version: string,
  build: () => Promise<Buffer>,
  now: () => Date,
): Promise<StoredFile> {
  const stored = await findStoredFile(db, key, version);
  if (stored) return stored;
  const id = `${key.organisationId}|${key.processId}|${key.kind}|${key.variant}|${version}`;
  const running = building.get(id);
  if (running) return running;
  const started = (async () => storeFile(db, key, version, await build(), now()))();
  building.set(id, started);
  try {
    return await started;
  } finally {
    building.delete(id);
  }
}
