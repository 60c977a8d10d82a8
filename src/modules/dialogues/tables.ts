/** A dialogue round (dialogikierros): a guide, the work communities it is for and its dates. */
export interface DialogueRoundsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  phase_id: string | null;
  /** LocalizedText JSON. */
  title: string;
  /** LocalizedText JSON: the ground rules (pelisäännöt). */
  ground_rules: string;
  /** LocalizedText JSON: one question a line, the lines of each language in the same order. */
  questions: string;
  /** LocalizedText JSON: material to read before (markdown-free plain text). */
  material: string;
  /** LocalizedText JSON: the facilitator's script (fasilitaattorin ohje). */
  facilitator_notes: string;
  /** JSON array of unit ids the round is for (each with what is beneath it); empty: every work community. */
  unit_ids: string;
  /** 'YYYY-MM-DD' */
  opens_on: string;
  /** 'YYYY-MM-DD': the deadline; a record after it is accepted and marked late. */
  due_on: string;
  created_by_user_id: string | null;
  created_at: string;
  updated_at: string;
}

/** Who may read a held record: its unit (and the coordinator), or also the public. */
export type RecordVisibility = 'unit' | 'public';

/** What a work community's dialogue of a round has reached. */
export type RecordStatus = 'under_way' | 'held';

/** One work community's dialogue of a round: opened by its lead, held when the record is submitted. */
export interface DialogueRecordsTable {
  id: string;
  organisation_id: string;
  round_id: string;
  work_community_id: string;
  status: RecordStatus;
  /** 'YYYY-MM-DD': the day of the meeting. */
  held_on: string | null;
  participants: number | null;
  /** JSON array of strings: the answer to each question of the round, in order. */
  answers: string;
  /** 1 when submitted after the round's due date. */
  late: number;
  opened_by_user_id: string | null;
  submitted_by_user_id: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
  /** 'unit' until the lead publishes it. */
  visibility: RecordVisibility;
  /** The workshops module's room of a dialogue held live (null when recorded afterwards). */
  workshop_id: string | null;
}

/** What became of a commitment: followed up by the community's lead or the coordinator. */
export type CommitmentStatus = 'planned' | 'in_progress' | 'done' | 'dropped';

/** Every commitment status, in the order of its follow-up. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['planned', 'in_progress', 'done', 'dropped'];

/** A commitment (sitoumus) of a work community's dialogue: what, who by role, by when. */
export interface DialogueCommitmentsTable {
  id: string;
  organisation_id: string;
  record_id: string;
  round_id: string;
  work_community_id: string;
  position: number;
  what: string;
  /** A role, never a person's name ("esihenkilö", "koko työyhteisö"). */
  who_role: string;
  due_on: string | null;
  status: CommitmentStatus;
  created_at: string;
  updated_at: string;
  /** The goals module's unit objective the commitment is followed up under (null: none). */
  objective_id: string | null;
}

/** A reminder mailed to the leads of an overdue work community: at most one per round, community and day. */
export interface DialogueRemindersTable {
  id: string;
  organisation_id: string;
  round_id: string;
  work_community_id: string;
  /** 'YYYY-MM-DD' in the organisation's time zone. */
  sent_on: string;
  /** How many leads it was mailed to (0: the community has no lead). */
  recipients: number;
  sent_by_user_id: string | null;
  created_at: string;
}

/** A reminder the job mailed to a lead as a round's due date neared: at most one per round and lead. */
export interface DialogueDeadlineRemindersTable {
  id: string;
  organisation_id: string;
  round_id: string;
  lead_user_id: string;
  /** How many of the lead's work communities had not held their dialogue. */
  communities: number;
  created_at: string;
}

/** One change of a commitment's status: the follow-up's history. */
export interface DialogueCommitmentChangesTable {
  id: string;
  organisation_id: string;
  commitment_id: string;
  from_status: CommitmentStatus;
  to_status: CommitmentStatus;
  changed_by_user_id: string | null;
  changed_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    dialogue_rounds: DialogueRoundsTable;
    dialogue_records: DialogueRecordsTable;
    dialogue_commitments: DialogueCommitmentsTable;
    dialogue_reminders: DialogueRemindersTable;
    dialogue_commitment_changes: DialogueCommitmentChangesTable;
    dialogue_deadline_reminders: DialogueDeadlineRemindersTable;
  }
}
