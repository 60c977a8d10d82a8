/** A live session for residents and stakeholders, or a seminar for decision-makers. */
export const WORKSHOP_KINDS = ['workshop', 'seminar'] as const;

/** One of WORKSHOP_KINDS. */
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

/** Open while the join code works; closed once it has ended (the code has expired, everything is read-only). */
export type WorkshopStatus = 'open' | 'closed';

/**
 * Who may join: anyone with the code; or, signed in (with the code, or at the session's own
 * address): anyone, staff, staff of chosen units and the units beneath them, members of chosen bodies.
 */
export const WORKSHOP_ACCESS = ['code', 'signed_in', 'staff', 'units', 'bodies'] as const;

/** One of WORKSHOP_ACCESS. */
export type WorkshopAccess = (typeof WORKSHOP_ACCESS)[number];

/** Whether notes show their writer's display name. */
export const NOTE_NAMES = ['anonymous', 'named'] as const;

/** One of NOTE_NAMES. */
export type NoteNames = (typeof NOTE_NAMES)[number];

/** The stages of a prompt, moved by the facilitator for everyone at once, in this order. */
export const STAGES = ['pending', 'writing', 'clustering', 'voting', 'results'] as const;

/** One of STAGES. */
export type Stage = (typeof STAGES)[number];

/** A workshop or seminar (työpaja, seminaari). Columns marked LT hold LocalizedText JSON. */
export interface WorkshopsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  /** The event it is held at, when there is one (the events module's id). */
  event_id: string | null;
  kind: WorkshopKind;
  /** The template it was started from ('' for none). */
  template: string;
  /** LT */
  title: string;
  /** LT */
  description: string;
  /** Short code typed on a phone; unique within the organisation. */
  join_code: string;
  status: WorkshopStatus;
  access: WorkshopAccess;
  /** JSON array of body or unit ids, for access 'bodies' or 'units'. */
  audience_ids: string;
  note_names: NoteNames;
  note_max_length: number;
  /** 1: participants see only their own notes until the facilitator reveals the prompt's wall. */
  notes_hidden: number;
  dots_per_participant: number;
  results_public: number;
  current_prompt_id: string | null;
  /** 1: nobody joins, posts or votes until the facilitator opens the room again. */
  locked: number;
  timer_ends_at: string | null;
  /** Raised by every change; live clients resume from the last version they saw. */
  version: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  /** The person another module opened the room for (a dialogue's lead), who runs it like a facilitator. */
  host_user_id?: string | null;
}

/** A prompt (kysymys) of a workshop, with its own stage. */
export interface WorkshopPromptsTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  position: number;
  /** LT */
  text: string;
  stage: Stage;
  revealed: number;
}

/** A small group (pöytä, pienryhmä) with its own wall. */
export interface WorkshopGroupsTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  position: number;
  name: string;
}

/** Someone who joined: an account, or a browser known by its signed cookie (only the hash is kept). */
export interface WorkshopParticipantsTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  user_id: string | null;
  browser_key: string | null;
  display_name: string | null;
  group_id: string | null;
  joined_at: string;
}

/** A cluster (ryhmä) of notes on one wall, named by the facilitator. */
export interface WorkshopClustersTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  prompt_id: string;
  group_id: string | null;
  name: string;
  position: number;
  created_at: string;
}

/** A note (lappu) a participant wrote for a prompt. */
export interface WorkshopNotesTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  prompt_id: string;
  group_id: string | null;
  participant_id: string;
  cluster_id: string | null;
  /** Set when the facilitator merged this note into a duplicate of it. */
  merged_into_id: string | null;
  text: string;
  /** The writer's display name, kept only in sessions with named notes. */
  author_name: string | null;
  /** The UI language it was written in. */
  language: string;
  /** When a facilitator hid it from the room (null while it is shown). */
  hidden_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One dot (pistemerkintä) on a cluster or on a note outside clusters. */
export interface WorkshopVotesTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  prompt_id: string;
  participant_id: string;
  note_id: string | null;
  cluster_id: string | null;
  created_at: string;
}

/** One item of a seminar's agreed, ordered outcome (e.g. a value-based goal). */
export interface WorkshopOutcomesTable {
  id: string;
  organisation_id: string;
  workshop_id: string;
  position: number;
  text: string;
  cluster_id: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    workshops: WorkshopsTable;
    workshop_prompts: WorkshopPromptsTable;
    workshop_groups: WorkshopGroupsTable;
    workshop_participants: WorkshopParticipantsTable;
    workshop_clusters: WorkshopClustersTable;
    workshop_notes: WorkshopNotesTable;
    workshop_votes: WorkshopVotesTable;
    workshop_outcomes: WorkshopOutcomesTable;
  }
}
