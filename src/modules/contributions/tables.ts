/** The channels a contribution can come through. */
export const CHANNELS = ['survey', 'idea', 'workshop', 'dialogue', 'statement', 'comment', 'event'] as const;

/** One of CHANNELS. */
export type Channel = (typeof CHANNELS)[number];

/** Any free text anyone gave through any channel (osallistumispanos). */
export interface ContributionsTable {
  id: string;
  organisation_id: string;
  process_id: string | null;
  channel: Channel;
  /** What the channel calls the source row, e.g. 'survey_answer', 'workshop_note'. */
  source_type: string;
  source_id: string;
  author_user_id: string | null;
  /** A pseudonymous participant id for contributions without an account. */
  participant_key: string | null;
  language: string;
  text: string;
  /** JSON: unit, sector, age band, question id … */
  metadata: string;
  hidden: number;
  created_at: string;
  updated_at: string;
}

/** A typed relation: goal ← theme ← contribution, decision → draft version … */
export interface LinksTable {
  id: string;
  organisation_id: string;
  from_type: string;
  from_id: string;
  relation: string;
  to_type: string;
  to_id: string;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    contributions: ContributionsTable;
    links: LinksTable;
  }
}
