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

declare module '../../platform/db/schema.ts' {
  interface Database {
    reports: ReportsTable;
  }
}
