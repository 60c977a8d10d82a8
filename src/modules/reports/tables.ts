/** The final report of a process (one per process): the coordinator's section edits and the published report. */
export interface ReportsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  /** JSON: section key → { fi, sv?, en? } as the coordinator wrote it. */
  sections: string;
  /** The open-data licence, e.g. 'CC-BY-4.0'. */
  licence: string;
  /** JSON: the report as published (a `PublishedReport`), or null before publishing. */
  published: string | null;
  published_at: string | null;
  updated_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A file built from a published report and stored: the open-data zip or a language's PDF. */
export interface ReportFilesTable {
  id: string;
  organisation_id: string;
  process_id: string;
  /** 'open-data' or 'pdf'. */
  kind: string;
  /** '' for the open data, the language for a PDF. */
  variant: string;
  /** The published_at of the report the file was built from. */
  version: string;
  /** The file's bytes as base64. */
  content: string;
  /** A strong ETag: the SHA-256 of the bytes, base64url. */
  etag: string;
  /** 1 when the file must be built again although its report did not change (a person was erased). */
  stale: number;
  built_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    reports: ReportsTable;
    report_files: ReportFilesTable;
  }
}
