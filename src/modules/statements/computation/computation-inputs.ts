import { createHash } from 'node:crypto';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { OpinionGroupsInput, VoteValue } from '../math/types.ts';
import '../tables.ts';

/**
 * What a computation reads, by statement and participant number, in a fixed
 * order: statements as [number, moderated out 0/1], votes as [participant,
 * statement, vote, first voted at (epoch ms)]. Its JSON is stored with the
 * snapshot and hashed, so a published result can be recomputed and checked.
 */
export interface ComputationInputs {
  statements: Array<[number, 0 | 1]>;
  votes: Array<[number, number, VoteValue, number]>;
}

/** The inputs with their stored text and digest. */
export interface LoadedInputs {
  inputs: ComputationInputs;
  text: string;
  digest: string;
  participantCount: number;
}

/** The SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads a channel's published and hidden statements and their votes. Pending
 * statements have no votes and are left out; hidden ones stay in, moderated
 * out, so votes cast before hiding are zeroed rather than forgotten.
 */
export async function loadComputationInputs(db: Db, organisationId: string, channelId: string): Promise<LoadedInputs> {
  const statementRows = await db
    .selectFrom('statements')
    .select(['number', 'status'])
    .$call(inOrganisation(organisationId, 'statements'))
    .where('channel_id', '=', channelId)
    .where('status', 'in', ['published', 'hidden'])
    .execute();
  const voteRows = await db
    .selectFrom('statement_votes')
    .innerJoin('statement_participants', 'statement_participants.id', 'statement_votes.participant_id')
    .innerJoin('statements', 'statements.id', 'statement_votes.statement_id')
    .select([
      'statement_participants.number as participant',
      'statements.number as statement',
      'statement_votes.vote',
      'statement_votes.first_voted_at',
    ])
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('statement_votes.channel_id', '=', channelId)
    .where('statements.status', 'in', ['published', 'hidden'])
    .execute();
  const statements = statementRows
    .map((row): [number, 0 | 1] => [Number(row.number), row.status === 'hidden' ? 1 : 0])
    .sort((a, b) => a[0] - b[0]);
  // Sorted here, not in SQL, so both engines give the same bytes whatever their collation.
  const votes = voteRows
    .map((row): [number, number, VoteValue, number] => [
      Number(row.participant),
      Number(row.statement),
      Number(row.vote) as VoteValue,
      Date.parse(row.first_voted_at),
    ])
    .sort((a, b) => a[3] - b[3] || a[0] - b[0] || a[1] - b[1]);
  const inputs = { statements, votes };
  const text = JSON.stringify(inputs);
  return { inputs, text, digest: sha256(text), participantCount: new Set(votes.map((vote) => vote[0])).size };
}

/**
 * The computation's input. Each vote is given at the time the participant
 * first voted on the statement, with the value that counts now: the matrix
 * then holds the last votes, and the participant filter replays the order in
 * which statements were first answered, as Polis does with the full history.
 */
export function toOpinionGroupsInput(inputs: ComputationInputs): OpinionGroupsInput {
  return {
    statements: inputs.statements.map(([number, hidden]) => ({ id: String(number), moderatedOut: hidden === 1 })),
    votes: inputs.votes.map(([participant, statement, vote, at]) => ({
      participantId: String(participant),
      statementId: String(statement),
      vote,
      at,
    })),
  };
}
