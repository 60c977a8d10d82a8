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
}

declare module './schema.ts' {
  interface Database {
    instance_secrets: InstanceSecretsTable;
    audit_log: AuditLogTable;
  }
}
