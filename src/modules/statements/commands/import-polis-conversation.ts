import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { PolisComment, PolisConversationFiles, PolisVote } from '../csv/polis-files.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import { beginInputsChange } from './channel-lock.ts';
import { insertImportedVotes } from './insert-imported-votes.ts';
import { insertStatements } from './insert-statements.ts';

/** Where an import goes and who made it. */
export interface ImportTarget {
  organisationId: string;
  processId: string;
  actorUserId: string | null;
  /** The channel's question when the export names no topic. */
  fallbackQuestion: string;
}

/** What an import stored. */
export interface ImportReport {
  channelId: string;
  statements: number;
  hidden: number;
  participants: number;
  votes: number;
  /** Vote events that a later vote by the same person on the same statement replaced. */
  replacedVotes: number;
  /** Statements without text (empty or only whitespace) that Polis had not moderated out: imported hidden. */
  statementsWithoutText: number;
  /** Votes left out because their statement is not in comments.csv. */
  votesOnUnknownStatements: number;
  /** Participants who wrote statements but cast no vote (numbered, not on the map). */
  authorsWithoutVotes: number;
}

interface EffectiveVote {
  voterId: number;
  commentId: number;
  vote: -1 | 0 | 1;
  first: number;
  last: number;
}

const BATCH = 500;

/** The vote that counts for each voter and comment: the last in time (ties in file order), remembering when the first was cast. */
export function effectiveVotes(votes: readonly PolisVote[]): EffectiveVote[] {
  const ordered = [...votes].sort((a, b) => a.timestamp - b.timestamp || a.line - b.line);
  const byPair = new Map<string, EffectiveVote>();
  for (const vote of ordered) {
    const key = `${vote.voterId}:${vote.commentId}`;
    const existing = byPair.get(key);
    if (existing) {
      existing.vote = vote.vote;
      existing.last = vote.timestamp;
    } else {
      byPair.set(key, { voterId: vote.voterId, commentId: vote.commentId, vote: vote.vote, first: vote.timestamp, last: vote.timestamp });
    }
  }
  return [...byPair.values()];
}

function questionOf(files: PolisConversationFiles, fallback: string): string {
  const topic = files.topic ?? fallback;
  return topic.length > STATEMENT_LIMITS.questionMax ? `${topic.slice(0, STATEMENT_LIMITS.questionMax - 1)}…` : topic;
}

const iso = (milliseconds: number) => new Date(milliseconds).toISOString();

/** Moderated out by Polis, or without text: a statement nobody can be shown. */
const isHidden = (comment: PolisComment) => comment.moderated === -1 || comment.body === '';

/**
 * Stores a checked Polis conversation as a new draft channel of the process,
 * in one transaction: participants keep Polis's voter ids as their numbers and
 * statements its comment ids, comments moderated out (−1) or without text are
 * hidden (their votes stay, zeroed on the map as Polis does), and of each
 * person's votes on a statement the last one counts. Votes on statements the
 * export does not list were left out by the reader; authors who never voted
 * are numbered participants without votes. Everything is counted in the report. The channel opens
 * and closes when the conversation did; its results stay private until published.
 */
export async function importPolisConversation(
  db: Db,
  files: PolisConversationFiles,
  target: ImportTarget,
  now: Date,
): Promise<ImportReport> {
  const votes = effectiveVotes(files.votes);
  const times = [...files.votes.map((vote) => vote.timestamp), ...files.comments.flatMap((comment) => comment.timestamp ?? [])];
  // reduce, not Math.min(...times): a spread of a million votes would overflow the call stack.
  const opensAt = times.length ? iso(times.reduce((a, b) => Math.min(a, b))) : null;
  const closesAt = times.length ? iso(times.reduce((a, b) => Math.max(a, b)) + 1) : null;
  const authors = files.comments.flatMap((comment) => (comment.authorId === null ? [] : [comment.authorId]));
  const participantNumbers = [...new Set([...votes.map((vote) => vote.voterId), ...authors])];
  const channelId = newId();
  const timestamp = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('statement_channels')
      .values({
        id: channelId,
        organisation_id: target.organisationId,
        process_id: target.processId,
        phase_id: null,
        question: JSON.stringify({ fi: questionOf(files, target.fallbackQuestion) }),
        status: 'draft',
        audience: 'anyone',
        audience_body_ids: '[]',
        participants_may_add: 0,
        moderation: 'before',
        opens_at: opensAt,
        closes_at: closesAt,
        results_public: 0,
        next_statement_number: 0,
        next_participant_number: participantNumbers.reduce((a, b) => Math.max(a, b), 0),
        inputs_version: 0,
        computed_version: 0,
        recompute_requested_at: null,
        compute_lease_until: null,
        computed_at: null,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    const participantIds = new Map(participantNumbers.map((number) => [number, newId()]));
    const participantRows = participantNumbers.map((number) => ({
      id: participantIds.get(number) as string,
      organisation_id: target.organisationId,
      channel_id: channelId,
      number,
      user_id: null,
      browser_key: null,
      origin: 'import' as const,
      created_at: timestamp,
    }));
    for (let start = 0; start < participantRows.length; start += BATCH) {
      await trx
        .insertInto('statement_participants')
        .values(participantRows.slice(start, start + BATCH))
        .execute();
    }
    const channel = await beginInputsChange(trx, target.organisationId, channelId, now);
    const statements = files.comments.map((comment) => ({
      text: comment.body,
      language: 'und',
      origin: 'import' as const,
      status: isHidden(comment) ? ('hidden' as const) : ('published' as const),
      number: comment.id,
      authorParticipantId: comment.authorId === null ? null : (participantIds.get(comment.authorId) ?? null),
      moderatedAt: comment.moderated === 0 && !isHidden(comment) ? null : timestamp,
      createdAt: comment.timestamp === null ? timestamp : iso(comment.timestamp),
    }));
    const inserted = await insertStatements(trx, channel, statements, now);
    const statementIds = new Map(inserted.map((statement) => [statement.number, statement.id]));
    const voteRows = votes.map((vote) => ({
      statementId: statementIds.get(vote.commentId) as string,
      participantId: participantIds.get(vote.voterId) as string,
      vote: vote.vote,
      firstVotedAt: iso(vote.first),
      votedAt: iso(vote.last),
    }));
    await insertImportedVotes(trx, { organisationId: target.organisationId, channelId }, voteRows);
    const details = { statements: statements.length, participants: participantRows.length, votes: voteRows.length };
    await recordAudit(
      trx,
      {
        organisationId: target.organisationId,
        actorUserId: target.actorUserId,
        action: 'statements.channel.import',
        subjectType: 'statement_channel',
        subjectId: channelId,
        details,
      },
      now,
    );
  });
  const voters = new Set(votes.map((vote) => vote.voterId));
  return {
    channelId,
    statements: files.comments.length,
    hidden: files.comments.filter(isHidden).length,
    participants: participantNumbers.length,
    votes: votes.length,
    replacedVotes: files.votes.length - votes.length,
    statementsWithoutText: files.comments.filter((comment) => comment.body === '' && comment.moderated !== -1).length,
    votesOnUnknownStatements: files.votesOnUnknownStatements ?? 0,
    authorsWithoutVotes: participantNumbers.filter((number) => !voters.has(number)).length,
  };
}
