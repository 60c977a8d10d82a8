import type { Db } from '../db/database.ts';
import { auditRowHash } from './audit.ts';
import '../db/platform-tables.ts';

/** Where an organisation's chain breaks: the first entry that does not hold, and why. */
export interface AuditChainBreak {
  organisationId: string;
  /** The entry's id, or null when what is wrong is missing entries at the chain's end or outside it. */
  entryId: string | null;
  seq: number | null;
  reason: string;
}

/** One organisation's chain as checked. */
export interface AuditChainReport {
  organisationId: string;
  /** Entries checked in the chain. */
  chained: number;
  /** Entries written before the chain began: counted (their number must not change), not covered by hashes. */
  unchainedBefore: number;
  startedAt: string;
  broken: AuditChainBreak | null;
}

/** Entries read per query: the walk's memory stays flat on a long log. */
const PAGE = 2_000;

async function verifyOrganisation(
  db: Db,
  head: { organisation_id: string; seq: number; last_hash: string; unchained_before: number; started_at: string },
): Promise<AuditChainReport> {
  const organisationId = head.organisation_id;
  const report = (chained: number, broken: Omit<AuditChainBreak, 'organisationId'> | null): AuditChainReport => ({
    organisationId,
    chained,
    unchainedBefore: Number(head.unchained_before),
    startedAt: head.started_at,
    broken: broken ? { organisationId, ...broken } : null,
  });
  let expected = 1;
  let previousHash = '';
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('chain_seq', '>=', expected)
      .orderBy('chain_seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      const at = { entryId: row.id, seq };
      if (seq !== expected) {
        return report(expected - 1, {
          ...at,
          reason: `entries ${expected}${seq - 1 > expected ? `–${seq - 1}` : ''} before it are missing (deleted)`,
        });
      }
      if (row.prev_hash !== previousHash) {
        return report(expected - 1, { ...at, reason: 'its previous hash does not match the entry before it' });
      }
      if (auditRowHash({ ...row, chain_seq: seq, prev_hash: row.prev_hash }) !== row.row_hash) {
        return report(expected - 1, { ...at, reason: 'its content does not match its hash (changed after it was written)' });
      }
      previousHash = row.row_hash;
      expected += 1;
    }
    if (rows.length < PAGE) break;
  }
  const chained = expected - 1;
  if (chained !== Number(head.seq) || previousHash !== head.last_hash) {
    return report(chained, {
      entryId: null,
      seq: chained + 1,
      reason:
        chained < Number(head.seq)
          ? `entries ${chained + 1}–${head.seq} at the chain's end are missing (deleted)`
          : "the chain's recorded end does not match its last entry",
    });
  }
  const unchained = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('organisation_id', '=', organisationId)
    .where('chain_seq', 'is', null)
    .executeTakeFirstOrThrow();
  const count = Number(unchained.count);
  if (count !== Number(head.unchained_before)) {
    return report(chained, {
      entryId: null,
      seq: null,
      reason:
        count > Number(head.unchained_before)
          ? `${count - Number(head.unchained_before)} entries were written outside the chain`
          : `${Number(head.unchained_before) - count} entries written before the chain began are missing (deleted)`,
    });
  }
  return report(chained, null);
}

/**
 * Walks every organisation's audit hash chain in order: each entry's number follows the one
 * before, its previous hash is that entry's hash, and its own hash matches its content; the
 * chain ends where its head says, and the entries written before the chain began are as many
 * as when it began. Answers each organisation's report, the first broken entry named.
 * An organisation whose entries have no head (the head row deleted) is reported broken too.
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainReport[]> {
  const heads = await db.selectFrom('audit_chain_heads').selectAll().orderBy('organisation_id').execute();
  const reports: AuditChainReport[] = [];
  for (const head of heads) reports.push(await verifyOrganisation(db, head));
  const known = new Set(heads.map((head) => head.organisation_id));
  const withEntries = await db.selectFrom('audit_log').select('organisation_id').distinct().execute();
  for (const { organisation_id: organisationId } of withEntries) {
    if (known.has(organisationId)) continue;
    reports.push({
      organisationId,
      chained: 0,
      unchainedBefore: 0,
      startedAt: '',
      broken: { organisationId, entryId: null, seq: null, reason: "the organisation's entries have no chain head (it was deleted)" },
    });
  }
  return reports;
}
