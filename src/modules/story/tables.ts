/** A version is a draft until a body's decision freezes it. */
export type StoryVersionStatus = 'draft' | 'decided';

/** Who may comment on a version: the audiences of every channel (`platform/participation/stored-audience.ts`). */
export const COMMENT_AUDIENCES = ['anyone', 'signed_in', 'staff', 'units', 'bodies'] as const;

/** One of COMMENT_AUDIENCES. */
export type CommentAudience = (typeof COMMENT_AUDIENCES)[number];

/** A numbered version of a process's story (tarinan versio), with its comment period when one is set. */
export interface StoryVersionsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  number: number;
  /** JSON LocalizedText: what changed from the version before. */
  changelog: string;
  status: StoryVersionStatus;
  comments_phase_id: string | null;
  comments_opens_at: string | null;
  comments_closes_at: string | null;
  comments_audience: CommentAudience | null;
  /** JSON array of unit or body ids, for the `units` and `bodies` audiences. */
  comments_audience_ids: string;
  created_by_user_id: string | null;
  created_at: string;
}

/** A heading starts a section; a paragraph is what people comment on. */
export type BlockKind = 'heading' | 'paragraph';

/** One heading or paragraph of a version; `block_key` stays the same across versions. */
export interface StoryBlocksTable {
  id: string;
  organisation_id: string;
  version_id: string;
  block_key: string;
  position: number;
  kind: BlockKind;
  /** JSON LocalizedText, Markdown. */
  text: string;
  /** JSON array of the languages ('sv', 'en') whose text has not followed the Finnish one's change. */
  translations_behind: string;
}

/** Published comments show; hidden ones a moderator took out. */
export type StoryCommentStatus = 'published' | 'hidden';

/** A comment on a paragraph, or on a passage of it (kommentti). */
export interface StoryCommentsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  version_id: string;
  block_key: string;
  passage: string | null;
  body: string;
  language: string;
  author_user_id: string | null;
  participant_key: string | null;
  status: StoryCommentStatus;
  response_id: string | null;
  /** 1 when the commenter (an account) asked for an e-mail once the comment gets its response. */
  notify_on_response: number;
  /** Why a moderator hid the comment; null while published. */
  hidden_reason: string | null;
  moderated_by_user_id: string | null;
  moderated_at: string | null;
  created_at: string;
}

/** What the editors did with a comment. */
export const RESPONSE_OUTCOMES = ['taken', 'partly', 'not_taken', 'out_of_scope'] as const;

/** One of RESPONSE_OUTCOMES. */
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number];

/** The editors' official response (vastine) to one comment or a group of them. */
export interface StoryResponsesTable {
  id: string;
  organisation_id: string;
  version_id: string;
  outcome: ResponseOutcome;
  /** JSON LocalizedText. */
  text: string;
  changed_block_key: string | null;
  published_at: string | null;
  created_by_user_id: string | null;
  created_at: string;
}

/** A body's decision (päätös) on a version, which freezes it. */
export interface StoryDecisionsTable {
  id: string;
  organisation_id: string;
  process_id: string;
  version_id: string;
  body_id: string;
  meeting_date: string;
  section_number: string;
  /** JSON LocalizedText. */
  text: string;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  /** JSON LocalizedText: dissenting opinions, empty when none. */
  dissent: string;
  minutes_url: string | null;
  recorded_by_user_id: string | null;
  created_at: string;
}

/** A council or board seminar's agreed outcome item (workshops' `workshop_outcomes`) linked to a paragraph it shaped. */
export interface StorySeminarLinksTable {
  id: string;
  organisation_id: string;
  version_id: string;
  block_key: string;
  outcome_id: string;
  created_by_user_id: string | null;
  created_at: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    story_seminar_links: StorySeminarLinksTable;
    story_versions: StoryVersionsTable;
    story_blocks: StoryBlocksTable;
    story_comments: StoryCommentsTable;
    story_responses: StoryResponsesTable;
    story_decisions: StoryDecisionsTable;
  }
}
