import type { Generated } from 'kysely';

/**
 * Who may vote and add statements in a channel: anyone, anyone signed in, staff (signed-in users
 * with any role), staff of chosen units and the units beneath them, or members of chosen bodies.
 */
export const AUDIENCES = ['anyone', 'signed_in', 'staff', 'units', 'bodies'] as const;

/** One of AUDIENCES. */
export type ChannelAudience = (typeof AUDIENCES)[number];

/** Participants' statements are checked before they are shown, or shown at once and checked after. */
export const MODERATION_MODES = ['before', 'after'] as const;

/** One of MODERATION_MODES. */
export type ModerationMode = (typeof MODERATION_MODES)[number];

/** A channel is prepared as a draft and published for participants. */
export const CHANNEL_STATUSES = ['draft', 'published'] as const;

/** One of CHANNEL_STATUSES. */
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

/** Pending statements wait for a moderator; hidden ones are moderated out (no votes, zeroed on the map). */
export type StatementStatus = 'pending' | 'published' | 'hidden';

/** Who wrote a statement: the organiser (seed), a participant, or an imported conversation. */
export type StatementOrigin = 'seed' | 'participant' | 'import';

/** How a participant came to the channel. */
export type ParticipantOrigin = 'web' | 'import' | 'demo';

/** The three answers, as stored: agree +1, disagree −1, pass 0 (Polis's convention). */
export const VOTE_VALUES = { agree: 1, disagree: -1, pass: 0 } as const;

/** One of the three answers by name. */
export type VoteName = keyof typeof VOTE_VALUES;

/** A statements channel (väitekanava) of a process. Text columns marked LT hold LocalizedText JSON. */
export interface StatementChannelsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  phase_id: string | null;
  /** LT: the question the statements answer. */
  question: string;
  status: ChannelStatus;
  audience: ChannelAudience;
  /** JSON array of body ids, for the 'bodies' audience. */
  audience_body_ids: string;
  /** JSON array of unit ids, for the 'units' audience (their staff and the staff beneath them). */
  audience_unit_ids: Generated<string>;
  participants_may_add: number;
  moderation: ModerationMode;
  opens_at: string | null;
  closes_at: string | null;
  results_public: number;
  /** The last statement and participant numbers given (Polis's tid and pid). */
  next_statement_number: number;
  next_participant_number: number;
  /** Raised by every change to the computation's inputs (votes, statements, moderation). */
  inputs_version: number;
  /** The inputs_version the latest claimed computation started from. */
  computed_version: number;
  /** When the first change not yet claimed by a computation arrived. */
  recompute_requested_at: string | null;
  /** Set while a computation runs; an expired lease means it died and is taken over. */
  compute_lease_until: string | null;
  computed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Someone taking part in one channel: an account, a browser (hashed cookie token), or an imported voter. */
export interface StatementParticipantsTable {
  id: string;
  organisation_id: string;
  channel_id: string;
  /** Sequential within the channel; the id the computation and exports use. */
  number: number;
  user_id: string | null;
  /** SHA-256 of the browser's cookie token and the channel id. */
  browser_key: string | null;
  origin: ParticipantOrigin;
  created_at: string;
}

/** A statement (väite): one text in one language. */
export interface StatementsTable {
  id: string;
  organisation_id: string;
  channel_id: string;
  /** Sequential within the channel (Polis's comment id). */
  number: number;
  text: string;
  /** 'fi', 'sv', 'en', or 'und' when an import does not say. */
  language: string;
  origin: StatementOrigin;
  status: StatementStatus;
  author_participant_id: string | null;
  author_user_id: string | null;
  hidden_reason: string | null;
  moderated_by_user_id: string | null;
  /** When a moderator last decided on it; null while unreviewed. */
  moderated_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The effective vote (ääni) of a participant on a statement: the primary key allows one. */
export interface StatementVotesTable {
  organisation_id: string;
  channel_id: string;
  statement_id: string;
  participant_id: string;
  /** 1 agree, −1 disagree, 0 pass. */
  vote: number;
  /** When this participant first voted on the statement (orders the participant filter's replay). */
  first_voted_at: string;
  /** When the vote that counts was cast. */
  voted_at: string;
}

/** A stored computation: its inputs, seed and output, so a published result can be reproduced. */
export interface StatementSnapshotsTable {
  id: string;
  organisation_id: string;
  channel_id: string;
  /** SHA-256 of `inputs`. */
  inputs_digest: string;
  /** JSON: the statements and votes given to the computation, by number. */
  inputs: string;
  inputs_version: number;
  seed: number;
  /** JSON: the computation's output (OpinionGroupsSnapshot). */
  result: string;
  /** SHA-256 of `result`. */
  result_digest: string;
  participant_count: number;
  vote_count: number;
  group_count: number;
  computed_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    statement_channels: StatementChannelsTable;
    statement_participants: StatementParticipantsTable;
    statements: StatementsTable;
    statement_votes: StatementVotesTable;
    statement_snapshots: StatementSnapshotsTable;
  }
}
