import { parseJsonColumn } from '../../platform/db/json.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type {
  BlockKind,
  CommentAudience,
  StoryBlocksTable,
  StoryDecisionsTable,
  StoryVersionStatus,
  StoryVersionsTable,
} from './tables.ts';

/** A version of a process's story as the module's code sees it. */
export interface Version {
  id: string;
  processId: string;
  number: number;
  changelog: LocalizedText;
  status: StoryVersionStatus;
  comments: CommentPeriod | null;
  createdAt: string;
}

/** When and for whom a version is open for comments. */
export interface CommentPeriod {
  phaseId: string | null;
  opensAt: string | null;
  closesAt: string | null;
  audience: CommentAudience;
  audienceIds: string[];
}

/** A translation that may lag behind the Finnish text. */
export type TranslatedLanguage = 'sv' | 'en';

/** One heading or paragraph of a version. */
export interface Block {
  key: string;
  kind: BlockKind;
  text: LocalizedText;
  /** The languages whose text has not followed the Finnish one's latest change. */
  translationsBehind: TranslatedLanguage[];
}

/** A version read from its row. */
export function toVersion(row: StoryVersionsTable): Version {
  return {
    id: row.id,
    processId: row.process_id,
    number: row.number,
    changelog: parseJsonColumn<LocalizedText>(row.changelog, { fi: '' }),
    status: row.status,
    comments: row.comments_audience
      ? {
          phaseId: row.comments_phase_id,
          opensAt: row.comments_opens_at,
          closesAt: row.comments_closes_at,
          audience: row.comments_audience,
          audienceIds: parseJsonColumn<string[]>(row.comments_audience_ids, []),
        }
      : null,
    createdAt: row.created_at,
  };
}

/** A block read from its row. */
export function toBlock(row: Pick<StoryBlocksTable, 'block_key' | 'kind' | 'text' | 'translations_behind'>): Block {
  return {
    key: row.block_key,
    kind: row.kind,
    text: parseJsonColumn<LocalizedText>(row.text, { fi: '' }),
    translationsBehind: parseJsonColumn<TranslatedLanguage[]>(row.translations_behind, []),
  };
}

/** Where a comment period stands at an instant. */
export type CommentState = 'none' | 'upcoming' | 'open' | 'closed';

/** Whether a version takes comments now: set, opened, not closed, and not decided. */
export function commentState(version: Version, now: Date): CommentState {
  if (!version.comments) return 'none';
  if (version.status === 'decided') return 'closed';
  const at = now.toISOString();
  if (version.comments.opensAt && at < version.comments.opensAt) return 'upcoming';
  if (version.comments.closesAt && at >= version.comments.closesAt) return 'closed';
  return 'open';
}

/** A version the public reads: one put out for comments, or decided. Drafts before that are the editors'. */
export function isPublicVersion(version: Version): boolean {
  return version.comments !== null || version.status === 'decided';
}

/** A body's decision on a version of the story (päätös), which froze that version. */
export interface Decision {
  id: string;
  versionId: string;
  bodyId: string;
  meetingDate: string;
  sectionNumber: string;
  text: LocalizedText;
  votes: { for: number | null; against: number | null; abstain: number | null };
  dissent: LocalizedText;
  minutesUrl: string | null;
  createdAt: string;
}

/** A decision read from its row. */
export function toDecision(row: StoryDecisionsTable): Decision {
  return {
    id: row.id,
    versionId: row.version_id,
    bodyId: row.body_id,
    meetingDate: row.meeting_date,
    sectionNumber: row.section_number,
    text: parseJsonColumn<LocalizedText>(row.text, { fi: '' }),
    votes: { for: row.votes_for, against: row.votes_against, abstain: row.votes_abstain },
    dissent: parseJsonColumn<LocalizedText>(row.dissent, { fi: '' }),
    minutesUrl: row.minutes_url,
    createdAt: row.created_at,
  };
}
