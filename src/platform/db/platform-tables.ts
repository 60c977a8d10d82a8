/** Secrets generated on first start and shared by every app process. */
export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

/** Who changed what: append-only, never updated or deleted by the app. */
export interface AuditLogTable {
  id: string;
  organisation_id: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string;
  ip: string | null;
  created_at: string;
  /** The entry's number in its organisation's hash chain; null for entries written before the chain began. */
  chain_seq: number | null;
  /** The previous entry's row_hash ('' for the first one). */
  prev_hash: string | null;
  /** SHA-256 of the previous hash and this entry's content. */
  row_hash: string | null;
}

/** Each organisation's end of the audit hash chain: its row lock orders concurrent writers. */
export interface AuditChainHeadsTable {
  organisation_id: string;
  seq: number;
  last_hash: string;
  /** Entries written before the chain began (not chained, only counted). */
  unchained_before: number;
  started_at: string;
}

/** A deleted account, by the hash of its organisation's and its own id: re-erased after a restore (platform/erasures.ts). */
export interface ErasedSubjectsTable {
  organisation_id: string;
  subject_hash: string;
  erased_at: string;
}

declare module './schema.ts' {
  interface Database {
    instance_secrets: InstanceSecretsTable;
    audit_log: AuditLogTable;
    audit_chain_heads: AuditChainHeadsTable;
    erased_subjects: ErasedSubjectsTable;
  }
}
