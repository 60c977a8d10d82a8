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
  /** Every participant is an imported Polis voter: Polis's rules of the votes' time apply (math/opinion-history.ts). */
  polisImport: boolean;
}

/** The SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads a channel's published and hidden statements and their votes. Pending
 * statements have no votes and are left out; hidden ones stay in, moderated
 * out, so votes cast before hiding are zeroed rather than forgotten. Three
 * plain reads of the channel's rows, joined here by id: joining in SQL looked
 * up a participant and a statement for each of a large channel's millions of votes.
 */
export async function loadComputationInputs(db: Db, organisationId: string, channelId: string): Promise<LoadedInputs> {
  const statementRows = await db
    .selectFrom('statements')
    .select(['id', 'number', 'status'])
    .$call(inOrganisation(organisationId, 'statements'))
    .where('channel_id', '=', channelId)
    .where('status', 'in', ['published', 'hidden'])
    .execute();
  const participantRows = await db
    .selectFrom('statement_participants')
    .select(['id', 'number', 'origin'])
    .$call(inOrganisation(organisationId, 'statement_participants'))
    .where('channel_id', '=', channelId)
    .execute();
  const voteRows = await db
    .selectFrom('statement_votes')
    .select(['participant_id', 'statement_id', 'vote', 'first_voted_at'])
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('channel_id', '=', channelId)
    .execute();
  const statementNumbers = new Map(statementRows.map((row) => [row.id, Number(row.number)]));
  const participantNumbers = new Map(participantRows.map((row) => [row.id, Number(row.number)]));
  const statements = statementRows
    .map((row): [number, 0 | 1] => [Number(row.number), row.status === 'hidden' ? 1 : 0])
    .sort((a, b) => a[0] - b[0]);
  const votes: Array<[number, number, VoteValue, number]> = [];
  for (const row of voteRows) {
    const statement = statementNumbers.get(row.statement_id);
    const participant = participantNumbers.get(row.participant_id);
    if (statement === undefined || participant === undefined) continue;
    votes.push([participant, statement, Number(row.vote) as VoteValue, Date.parse(row.first_voted_at)]);
  }
  // Sorted here, not in SQL, so both engines give the same bytes whatever their collation.
  votes.sort((a, b) => a[3] - b[3] || a[0] - b[0] || a[1] - b[1]);
  const inputs = { statements, votes };
  const text = JSON.stringify(inputs);
  const participantCount = new Set(votes.map((vote) => vote[0])).size;
  const polisImport = participantRows.length > 0 && participantRows.every((row) => row.origin === 'import');
  return { inputs, text, digest: sha256(text), participantCount, polisImport };
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
