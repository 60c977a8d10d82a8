import type { Selectable } from 'kysely';
import { parseJsonColumn } from '../../platform/db/json.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';
import type {
  ChannelAudience,
  ChannelStatus,
  ModerationMode,
  StatementChannelsTable,
  StatementOrigin,
  StatementStatus,
  StatementsTable,
} from './tables.ts';

/** A statements channel as pages, the API and the commands see it. */
export interface Channel {
  id: string;
  organisationId: string;
  processId: string;
  phaseId: string | null;
  question: LocalizedText;
  status: ChannelStatus;
  audience: ChannelAudience;
  audienceBodyIds: string[];
  audienceUnitIds: string[];
  participantsMayAdd: boolean;
  moderation: ModerationMode;
  opensAt: string | null;
  closesAt: string | null;
  resultsPublic: boolean;
  inputsVersion: number;
  computedVersion: number;
  computedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Shapes a statement_channels row. */
export function toChannel(row: Selectable<StatementChannelsTable>): Channel {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    processId: row.process_id,
    phaseId: row.phase_id,
    question: parseJsonColumn<LocalizedText>(row.question, { fi: '' }),
    status: row.status,
    audience: row.audience,
    audienceBodyIds: parseJsonColumn<string[]>(row.audience_body_ids, []),
    audienceUnitIds: parseJsonColumn<string[]>(row.audience_unit_ids, []),
    participantsMayAdd: row.participants_may_add === 1,
    moderation: row.moderation,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    resultsPublic: row.results_public === 1,
    inputsVersion: row.inputs_version,
    computedVersion: row.computed_version,
    computedAt: row.computed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Where a channel stands for participants at a moment. */
export type ChannelState = 'draft' | 'notYetOpen' | 'open' | 'closed';

/** Whether votes and statements are taken now: published, opened, not yet closed. */
export function channelState(channel: Pick<Channel, 'status' | 'opensAt' | 'closesAt'>, now: Date): ChannelState {
  if (channel.status !== 'published') return 'draft';
  const at = now.toISOString();
  if (channel.opensAt && at < channel.opensAt) return 'notYetOpen';
  if (channel.closesAt && at >= channel.closesAt) return 'closed';
  return 'open';
}

/** A statement as pages and the API see it. */
export interface Statement {
  id: string;
  channelId: string;
  number: number;
  text: string;
  language: string;
  origin: StatementOrigin;
  status: StatementStatus;
  authorParticipantId: string | null;
  authorUserId: string | null;
  hiddenReason: string | null;
  moderatedAt: string | null;
  createdAt: string;
}

/** Shapes a statements row. */
export function toStatement(row: StatementsTable): Statement {
  return {
    id: row.id,
    channelId: row.channel_id,
    number: row.number,
    text: row.text,
    language: row.language,
    origin: row.origin,
    status: row.status,
    authorParticipantId: row.author_participant_id,
    authorUserId: row.author_user_id,
    hiddenReason: row.hidden_reason,
    moderatedAt: row.moderated_at,
    createdAt: row.created_at,
  };
}

/** Vote counts of one statement. */
export interface VoteTotals {
  agree: number;
  disagree: number;
  pass: number;
}

/** The letter a group is shown with (group 0 → A); groups are numbered by size. */
export function groupLabel(groupId: number): string {
  return String.fromCharCode(65 + groupId);
}
