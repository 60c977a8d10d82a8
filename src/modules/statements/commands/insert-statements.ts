import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type ContributionInput, recordContribution, recordContributions } from '../../contributions/index.ts';
import type { StatementChannelsTable, StatementOrigin, StatementStatus } from '../tables.ts';

/** One statement to store. Numbers are given by imports (Polis's comment ids) and otherwise taken from the channel. */
export interface NewStatement {
  text: string;
  language: string;
  origin: StatementOrigin;
  status: StatementStatus;
  number?: number;
  authorParticipantId?: string | null;
  authorUserId?: string | null;
  /** Set when the statement arrives already decided on (an import's moderated ±1). */
  moderatedAt?: string | null;
  createdAt?: string;
}

/** What insertStatements answers for each statement, in the order given. */
export interface InsertedStatement {
  id: string;
  number: number;
  status: StatementStatus;
}

const BATCH = 200;

type ContributionChannel = Pick<StatementChannelsTable, 'id' | 'organisation_id' | 'process_id'>;
type ContributedStatement = {
  id: string;
  number: number;
  text: string;
  language: string;
  origin: StatementOrigin;
  authorUserId: string | null;
};

/** The contribution of a published statement. */
function statementContribution(
  channel: ContributionChannel,
  statement: ContributedStatement,
  participantKey: string | null,
): ContributionInput {
  return {
    organisationId: channel.organisation_id,
    processId: channel.process_id,
    channel: 'statement',
    sourceType: 'statement',
    sourceId: statement.id,
    authorUserId: statement.authorUserId,
    participantKey,
    language: statement.language,
    text: statement.text,
    metadata: { channelId: channel.id, number: statement.number, origin: statement.origin },
  };
}

/** Records a published statement in the contributions corpus, in the caller's transaction. */
export async function recordStatementContribution(
  trx: Db,
  channel: ContributionChannel,
  statement: ContributedStatement,
  participantKey: string | null,
  now: Date,
): Promise<void> {
  await recordContribution(trx, statementContribution(channel, statement, participantKey), now);
}

/**
 * Stores statements of a channel and records the published ones as
 * contributions, in the caller's transaction. Call after beginInputsChange,
 * which holds the channel row, so numbers are given out one at a time.
 */
export async function insertStatements(
  trx: Db,
  channel: Pick<StatementChannelsTable, 'id' | 'organisation_id' | 'process_id' | 'next_statement_number'>,
  statements: readonly NewStatement[],
  now: Date,
): Promise<InsertedStatement[]> {
  if (statements.length === 0) return [];
  let next = channel.next_statement_number;
  const timestamp = now.toISOString();
  const rows = statements.map((statement) => {
    const number = statement.number ?? ++next;
    next = Math.max(next, number);
    return {
      id: newId(),
      organisation_id: channel.organisation_id,
      channel_id: channel.id,
      number,
      text: statement.text,
      language: statement.language,
      origin: statement.origin,
      status: statement.status,
      author_participant_id: statement.authorParticipantId ?? null,
      author_user_id: statement.authorUserId ?? null,
      hidden_reason: null,
      moderated_by_user_id: null,
      moderated_at: statement.moderatedAt ?? null,
      created_at: statement.createdAt ?? timestamp,
      updated_at: timestamp,
    };
  });
  for (let start = 0; start < rows.length; start += BATCH) {
    await trx
      .insertInto('statements')
      .values(rows.slice(start, start + BATCH))
      .execute();
  }
  await trx
    .updateTable('statement_channels')
    .set({ next_statement_number: next })
    .$call(inOrganisation(channel.organisation_id, 'statement_channels'))
    .where('id', '=', channel.id)
    .execute();
  // One multi-row write for all of them (an import's thousand statements were a thousand round trips).
  const contributions = rows
    .filter((row) => row.status === 'published')
    .map((row) => statementContribution(channel, { ...row, authorUserId: row.author_user_id }, row.author_participant_id));
  await recordContributions(trx, contributions, now);
  return rows.map((row) => ({ id: row.id, number: row.number, status: row.status }));
}
