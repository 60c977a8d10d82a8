/**
 * Feedback on the accessibility of the service (saavutettavuuspalaute), as the Act on the
 * Provision of Digital Services (306/2019) asks: to be answered within 14 days (`due_at`).
 */
export interface PrivacyFeedbacksTable {
  id: string;
  organisation_id: string;
  /** The sender's name as given ('' when left out). */
  name: string;
  /** Where the answer and the confirmation go. */
  email: string;
  /** The page or content the feedback is about ('' when left out). */
  page: string;
  message: string;
  /** The language the sender wrote in: the confirmation's. */
  locale: string;
  created_at: string;
  /** Fourteen days after it came. */
  due_at: string;
  /** When an admin marked it answered; null while open. */
  answered_at: string | null;
  answered_by_user_id: string | null;
}

/** An organisation's settings of the module (absent row: no address told of feedback). */
export interface PrivacySettingsTable {
  organisation_id: string;
  /** The contact that is mailed each feedback. */
  feedback_email: string;
  updated_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    privacy_feedbacks: PrivacyFeedbacksTable;
    privacy_settings: PrivacySettingsTable;
  }
}
