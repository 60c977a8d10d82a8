/** The kinds of event (tapahtuma) a process holds. */
export const EVENT_KINDS = ['information', 'workshop', 'seminar', 'resident_event', 'decision_meeting'] as const;

/** One of EVENT_KINDS. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where an event stands: planned, confirmed, cancelled or held. */
export const EVENT_STATUSES = ['planned', 'confirmed', 'cancelled', 'held'] as const;

/** One of EVENT_STATUSES. */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Whom an event is for: everyone, anyone signed in, the staff, the staff of chosen units (and beneath them), or chosen bodies. */
export const EVENT_AUDIENCES = ['public', 'signed_in', 'staff', 'units', 'bodies'] as const;

/** One of EVENT_AUDIENCES. */
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/** How people register (ilmoittautuminen): not at all, openly, staff only, or by invitation. */
export const REGISTRATION_MODES = ['none', 'open', 'staff', 'invitation'] as const;

/** One of REGISTRATION_MODES. */
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

/** The participant attribute quotas (kiintiöt) are drawn over. */
export const QUOTA_ATTRIBUTES = ['none', 'unit', 'sector'] as const;

/** One of QUOTA_ATTRIBUTES. */
export type QuotaAttribute = (typeof QUOTA_ATTRIBUTES)[number];

/** A registration holds a seat, waits on a waitlist (varasija), or was cancelled. */
export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** Which seats a confirmed registration holds: its quota's, or the open ones. */
export type SeatPool = 'quota' | 'open';

/** An event of a process. Columns marked LT hold LocalizedText JSON; times are ISO-8601 UTC. */
export interface EventsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  timeline_item_id: string | null;
  kind: EventKind;
  /** LT */
  title: string;
  /** LT, Markdown. */
  description: string;
  /** LT, Markdown. */
  agenda: string;
  /** LT: what came of it, once held. */
  summary: string;
  starts_at: string;
  ends_at: string;
  /** LT */
  place: string;
  online_url: string | null;
  audience: EventAudience;
  /** LT: the roles responsible, e.g. "projektiryhmä". */
  responsible: string;
  status: EventStatus;
  registration_mode: RegistrationMode;
  capacity: number | null;
  quota_attribute: QuotaAttribute;
  registration_deadline: string | null;
  quota_release_at: string | null;
  /** Set once the seats left in quotas have been opened to everyone. */
  quotas_released_at: string | null;
  answers_retention_days: number;
  answers_purged_at: string | null;
  /** iCalendar SEQUENCE: raised by every change that calendars must see. */
  sequence: number;
  /** Last registration number handed out; raising it locks the event's seats. */
  registration_seq: number;
  created_at: string;
  updated_at: string;
}

/** The bodies an event with audience 'bodies' is for. */
export interface EventAudienceBodiesTable {
  event_id: string;
  body_id: string;
  organisation_id: string;
}

/** The units an event with audience 'units' is for (their staff and the staff of the units beneath them). */
export interface EventAudienceUnitsTable {
  event_id: string;
  unit_id: string;
  organisation_id: string;
}

/** Seats reserved for one value of the quota attribute (a unit's id, a sector's id). */
export interface EventQuotasTable {
  id: string;
  organisation_id: string;
  event_id: string;
  attribute_value: string;
  /** LT */
  label: string;
  seats: number;
  position: number;
}

/** An extra question on the registration form (diet, accessibility needs). */
export interface EventQuestionsTable {
  id: string;
  organisation_id: string;
  event_id: string;
  /** LT */
  label: string;
  required: number;
  position: number;
}

/** One person's registration for an event. */
export interface EventRegistrationsTable {
  id: string;
  organisation_id: string;
  event_id: string;
  /** Registration order within the event. */
  seq: number;
  status: RegistrationStatus;
  pool: SeatPool | null;
  quota_id: string | null;
  attribute_value: string | null;
  user_id: string | null;
  name: string;
  /** Lower-cased. */
  email: string;
  locale: string;
  /** SHA-256 of the personal link's token. */
  link_hash: string;
  invitation_id: string | null;
  /** The registering browser's pseudonym in the event when registered without an account (for "My participation"). */
  browser_key: string | null;
  /** Where links in mails to this registrant point. */
  site_origin: string;
  checked_in_at: string | null;
  reminder_claim: string | null;
  reminded_at: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** An answer to an extra question; deleted a set time after the event. */
export interface EventAnswersTable {
  id: string;
  organisation_id: string;
  event_id: string;
  registration_id: string;
  question_id: string;
  value: string;
}

/** A personal invitation (kutsu) to an event with registration by invitation. */
export interface EventInvitationsTable {
  id: string;
  organisation_id: string;
  event_id: string;
  email: string;
  body_id: string | null;
  locale: string;
  /** SHA-256 of the invitation link's token. */
  link_hash: string;
  registration_id: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    events: EventsTable;
    event_audience_bodies: EventAudienceBodiesTable;
    event_audience_units: EventAudienceUnitsTable;
    event_quotas: EventQuotasTable;
    event_questions: EventQuestionsTable;
    event_registrations: EventRegistrationsTable;
    event_answers: EventAnswersTable;
    event_invitations: EventInvitationsTable;
  }
}
