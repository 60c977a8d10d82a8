import type { Generated } from 'kysely';

/** Who can see a process: nobody but its managers, everyone, or signed-in staff. */
export type ProcessVisibility = 'draft' | 'public' | 'internal';

/** The kinds of bodies (toimielin, ryhmä) a process is organised in. */
export const BODY_KINDS = [
  'council',
  'board',
  'steering_group',
  'coordination_group',
  'project_group',
  'stakeholder_panel',
  'staff',
  'residents',
  'other',
] as const;

/** One of BODY_KINDS. */
export type BodyKind = (typeof BODY_KINDS)[number];

/** The kinds of timeline activities. */
export const TIMELINE_KINDS = [
  'information',
  'meeting',
  'communication',
  'workshop',
  'seminar',
  'resident_event',
  'decision',
  'ownership',
] as const;

/** One of TIMELINE_KINDS. */
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** How exact a timeline date is: a day, a month ("March") or a season ("Autumn"). */
export type DatePrecision = 'day' | 'month' | 'season';

/** A strategy process (strategiaprosessi). Text columns marked LT hold LocalizedText JSON. */
export interface ProcessesTable {
  id: string;
  organisation_id: string;
  slug: string;
  /** LT */
  title: string;
  /** LT */
  summary: string;
  /** LT, Markdown. */
  story: string;
  hero_image_url: string | null;
  /** LT */
  hero_image_alt: string;
  hero_video_url: string | null;
  visibility: ProcessVisibility;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A phase (vaihe) with dates; the current phase is derived from today's date. */
export interface ProcessPhasesTable {
  id: string;
  organisation_id: string;
  process_id: string;
  position: number;
  /** LT */
  title: string;
  /** LT */
  description: string;
  starts_on: string;
  ends_on: string;
  created_at: string;
  updated_at: string;
}

/** A body (toimielin, ryhmä) of the process's organisation chart. */
export interface ProcessBodiesTable {
  id: string;
  organisation_id: string;
  process_id: string;
  parent_id: string | null;
  kind: BodyKind;
  /** LT */
  name: string;
  /** LT */
  description: string;
  position: number;
  created_at: string;
  updated_at: string;
}

/** The role of a seat in its body. */
export const SEAT_ROLES = ['member', 'deputy', 'chair', 'secretary'] as const;

/** One of SEAT_ROLES. */
export type SeatRole = (typeof SEAT_ROLES)[number];

/** The kinds of bodies whose members' names are public by law (elected officials). */
export const NAME_PUBLIC_BODY_KINDS: readonly BodyKind[] = ['council', 'board'];

/**
 * A seat of a body by position (e.g. mayor). It holds a person's account (`user_id`), an
 * invited e-mail awaiting acceptance (`invited_email`), or neither (vacant); never both.
 */
export interface BodyMembersTable {
  id: string;
  organisation_id: string;
  body_id: string;
  user_id: string | null;
  seat_role: Generated<SeatRole>;
  invited_email: string | null;
  /** 1 when the person in the seat agreed to show their name on the public chart. */
  name_public_consent: Generated<number>;
  /** LT: the position, e.g. "kaupunginjohtaja". */
  position_title: string;
  /** LT */
  responsibility: string;
  sector_id: string | null;
  position: number;
  created_at: string;
}

/** A seat invitation mailed to an e-mail: a single-use link; the id is the SHA-256 of the link's token. */
export interface BodySeatInvitationsTable {
  id: string;
  organisation_id: string;
  member_id: string;
  email: string;
  locale: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A sector of a stakeholder panel (e.g. housing, tourism). */
export interface BodySectorsTable {
  id: string;
  organisation_id: string;
  body_id: string;
  key: string;
  /** LT */
  name: string;
  position: number;
}

/** An activity on the process's timeline. */
export interface TimelineItemsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  phase_id: string | null;
  starts_on: string;
  ends_on: string | null;
  start_time: string | null;
  end_time: string | null;
  date_precision: DatePrecision;
  kind: TimelineKind;
  /** LT */
  title: string;
  /** LT */
  purpose: string;
  /** LT: the responsible role, e.g. "viestintä". */
  responsible: string;
  created_at: string;
  updated_at: string;
}

/** Which bodies a timeline item is for (its audience). */
export interface TimelineItemAudiencesTable {
  timeline_item_id: string;
  body_id: string;
  organisation_id: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    processes: ProcessesTable;
    process_phases: ProcessPhasesTable;
    process_bodies: ProcessBodiesTable;
    body_members: BodyMembersTable;
    body_seat_invitations: BodySeatInvitationsTable;
    body_sectors: BodySectorsTable;
    timeline_items: TimelineItemsTable;
    timeline_item_audiences: TimelineItemAudiencesTable;
  }
}
