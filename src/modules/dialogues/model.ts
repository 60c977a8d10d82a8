import { parseJsonColumn } from '../../platform/db/json.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type { DialogueCommitmentsTable, DialogueRecordsTable, DialogueRoundsTable, RecordStatus, RecordVisibility } from './tables.ts';

/** A dialogue round as the module's code sees it. */
export interface Round {
  id: string;
  organisationId: string;
  processId: string;
  phaseId: string | null;
  title: LocalizedText;
  groundRules: LocalizedText;
  questions: LocalizedText;
  material: LocalizedText;
  facilitatorNotes: LocalizedText;
  unitIds: string[];
  opensOn: string;
  dueOn: string;
  createdAt: string;
  updatedAt: string;
}

/** Shapes a round's row. */
export function toRound(row: DialogueRoundsTable): Round {
  const text = (value: string) => parseJsonColumn<LocalizedText>(value, { fi: '' });
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    phaseId: row.phase_id,
    title: text(row.title),
    groundRules: text(row.ground_rules),
    questions: text(row.questions),
    material: text(row.material),
    facilitatorNotes: text(row.facilitator_notes),
    unitIds: parseJsonColumn<string[]>(row.unit_ids, []),
    opensOn: row.opens_on,
    dueOn: row.due_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A commitment of a record. */
export interface Commitment {
  id: string;
  recordId: string;
  workCommunityId: string;
  position: number;
  what: string;
  whoRole: string;
  dueOn: string | null;
  status: DialogueCommitmentsTable['status'];
  /** The goals module's unit objective it is linked to, if any. */
  objectiveId: string | null;
}

/** Shapes a commitment's row. */
export function toCommitment(row: DialogueCommitmentsTable): Commitment {
  return {
    id: row.id,
    recordId: row.record_id,
    workCommunityId: row.work_community_id,
    position: row.position,
    what: row.what,
    whoRole: row.who_role,
    dueOn: row.due_on,
    status: row.status,
    objectiveId: row.objective_id ?? null,
  };
}

/** One work community's dialogue of a round. */
export interface DialogueRecord {
  id: string;
  roundId: string;
  workCommunityId: string;
  status: RecordStatus;
  heldOn: string | null;
  participants: number | null;
  answers: string[];
  late: boolean;
  /** Unit only, or public (where the published results still hide a dialogue of fewer than five). */
  visibility: RecordVisibility;
  /** The workshop room of a dialogue held live, if its lead opened one. */
  workshopId: string | null;
  submittedAt: string | null;
  updatedAt: string;
}

/** Shapes a record's row. */
export function toRecord(row: DialogueRecordsTable): DialogueRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    workCommunityId: row.work_community_id,
    status: row.status,
    heldOn: row.held_on,
    participants: row.participants,
    answers: parseJsonColumn<string[]>(row.answers, []),
    late: row.late === 1,
    visibility: row.visibility,
    workshopId: row.workshop_id ?? null,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/** Where a work community stands in a round (on the coverage page). */
export type CoverageStatus = 'held' | 'under_way' | 'not_started' | 'overdue';

/** The statuses in the order pages list them. */
export const COVERAGE_STATUSES: readonly CoverageStatus[] = ['held', 'under_way', 'not_started', 'overdue'];

/**
 * A work community's status on `today`: held once its record is submitted (late or not);
 * otherwise overdue after the due date, under way when its lead has opened it, else not started.
 */
export function coverageStatus(record: Pick<DialogueRecord, 'status'> | undefined, dueOn: string, today: string): CoverageStatus {
  if (record?.status === 'held') return 'held';
  if (today > dueOn) return 'overdue';
  return record ? 'under_way' : 'not_started';
}

/** How many days before a round's due date the job reminds the leads of work communities that have not held their dialogue. */
export const DEADLINE_REMINDER_DAYS = 7;

/** A published dialogue with fewer participants than this shows no figures or texts publicly (they could identify people). */
export const PUBLISH_MIN_PARTICIPANTS = 5;

/** Whether a record's texts and figures may be shown in the published results: held, public, and at least five took part. */
export function isPublished(record: Pick<DialogueRecord, 'status' | 'visibility' | 'participants'>): boolean {
  return record.status === 'held' && record.visibility === 'public' && (record.participants ?? 0) >= PUBLISH_MIN_PARTICIPANTS;
}
