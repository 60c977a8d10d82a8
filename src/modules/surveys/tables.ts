/** Whether respondents can find and answer a survey yet. */
export type SurveyStatus = 'draft' | 'published';

/** Who may answer: anyone, anyone signed in, staff of chosen units, members of chosen bodies. */
export type SurveyAudience = 'anyone' | 'signed_in' | 'staff' | 'units' | 'bodies';

/** The kinds of questions a survey can ask. */
export const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'single_choice',
  'multiple_choice',
  'scale',
  'ranking',
  'number',
  'date',
] as const;

/** One of QUESTION_TYPES. */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a background question asks, so results can be filtered and cross-tabulated by it. */
export const BACKGROUND_KINDS = ['age_band', 'home_area', 'postcode', 'relation', 'unit', 'other'] as const;

/** One of BACKGROUND_KINDS. */
export type BackgroundKind = (typeof BACKGROUND_KINDS)[number];

/** A survey (kysely) of a process. Columns marked LT hold LocalizedText JSON. */
export interface SurveysTable {
  id: string;
  organisation_id: string;
  process_id: string;
  phase_id: string | null;
  /** LT */
  title: string;
  /** LT */
  description: string;
  status: SurveyStatus;
  opens_at: string | null;
  closes_at: string | null;
  audience: SurveyAudience;
  /** JSON array of unit or body ids, for the 'units' and 'bodies' audiences. */
  audience_ids: string;
  /** 1: exports and results never show who answered. */
  anonymous: number;
  results_public: number;
  /** The number of the next question code (q1, q2 …); codes are never reused. */
  next_code: number;
  created_at: string;
  updated_at: string;
}

/** A section (osio): one page of the answering form. */
export interface SurveySectionsTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  position: number;
  /** LT */
  title: string;
  /** LT */
  description: string;
  created_at: string;
  updated_at: string;
}

/** A question (kysymys). Removed questions stay (removed_at) so their answers are kept. */
export interface SurveyQuestionsTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  section_id: string;
  /** Stable column name in exports: q1, q2 … */
  code: string;
  position: number;
  type: QuestionType;
  /** LT */
  text: string;
  /** LT */
  help: string;
  required: number;
  background: BackgroundKind | null;
  /** JSON QuestionSettings. */
  settings: string;
  /** JSON QuestionCondition or null. */
  condition: string | null;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A choice (vaihtoehto) of a choice or ranking question. */
export interface SurveyChoicesTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  question_id: string;
  /** Stable within the question: c1, c2 … */
  code: string;
  position: number;
  /** LT */
  label: string;
  removed_at: string | null;
}

/** A response (vastaus): a draft while it is being filled in, then submitted. */
export interface SurveyResponsesTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  user_id: string | null;
  /** SHA-256 of the anonymous browser's cookie token. */
  browser_key: string | null;
  idempotency_key: string | null;
  status: 'draft' | 'submitted';
  locale: string;
  /** JSON Answers being edited (before the first or the next submission). */
  draft: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

/** One answer value of a submitted response: a choice, a text, a number or a rank. */
export interface SurveyAnswersTable {
  id: string;
  organisation_id: string;
  survey_id: string;
  response_id: string;
  question_id: string;
  /** The chosen or ranked choice; null for the "other" text of a choice question. */
  choice_id: string | null;
  text_value: string | null;
  number_value: number | null;
  rank_value: number | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    surveys: SurveysTable;
    survey_sections: SurveySectionsTable;
    survey_questions: SurveyQuestionsTable;
    survey_choices: SurveyChoicesTable;
    survey_responses: SurveyResponsesTable;
    survey_answers: SurveyAnswersTable;
  }
}
