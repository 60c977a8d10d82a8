import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { OpinionGroupsSnapshot } from '../math/types.ts';
import { listStatements } from '../queries/list-statements.ts';
import '../tables.ts';

/** The files of a Polis-format export. */
export const EXPORT_FILES = ['comments.csv', 'votes.csv', 'participants-votes.csv'] as const;

/** One of EXPORT_FILES. */
export type ExportFile = (typeof EXPORT_FILES)[number];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Polis's datetime column ("Wed Jun 18 08:16:54 WIB 2014"), written in UTC. */
export function polisDateTime(milliseconds: number): string {
  const date = new Date(milliseconds);
  const two = (value: number) => String(value).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCDate())} ${time} UTC ${date.getUTCFullYear()}`;
}

/** Polis's moderated column: −1 hidden, 1 published after a decision, 0 not decided on. */
function moderated(status: string, moderatedAt: string | null): number {
  if (status === 'hidden') return -1;
  return status === 'published' && moderatedAt ? 1 : 0;
}

interface VoteRow {
  participant: number;
  statement: number;
  vote: number;
  at: number;
}

async function loadVotes(db: Db, organisationId: string, channelId: string): Promise<VoteRow[]> {
  const rows = await db
    .selectFrom('statement_votes')
    .innerJoin('statement_participants', 'statement_participants.id', 'statement_votes.participant_id')
    .innerJoin('statements', 'statements.id', 'statement_votes.statement_id')
    .select([
      'statement_participants.number as participant',
      'statements.number as statement',
      'statement_votes.vote',
      'statement_votes.voted_at',
    ])
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('statement_votes.channel_id', '=', channelId)
    .execute();
  return rows
    .map((row) => ({
      participant: Number(row.participant),
      statement: Number(row.statement),
      vote: Number(row.vote),
      at: Date.parse(row.voted_at),
    }))
    .sort((a, b) => a.at - b.at || a.participant - b.participant || a.statement - b.statement);
}

async function participantNumbers(db: Db, organisationId: string, channelId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('statement_participants')
    .select(['id', 'number'])
    .$call(inOrganisation(organisationId, 'statement_participants'))
    .where('channel_id', '=', channelId)
    .execute();
  return new Map(rows.map((row) => [row.id, Number(row.number)]));
}

/**
 * One file of a channel's export in Polis's open-data format: comments.csv
 * (every statement, its author's number and its moderation), votes.csv (the
 * votes that count, with the time of the last one) and participants-votes.csv
 * (a row per participant with our computed group-id — empty for those the
 * participant filter left out — their counts, and a column per statement).
 */
export async function buildPolisExportFile(
  db: Db,
  organisationId: string,
  channelId: string,
  file: ExportFile,
  snapshot: OpinionGroupsSnapshot | null,
): Promise<string> {
  const votes = await loadVotes(db, organisationId, channelId);
  if (file === 'votes.csv') {
    const rows = votes.map((vote) => [vote.at, polisDateTime(vote.at), vote.statement, vote.participant, vote.vote]);
    return stringify([['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'], ...rows]);
  }
  const statements = await listStatements(db, organisationId, channelId);
  const numbers = await participantNumbers(db, organisationId, channelId);
  if (file === 'comments.csv') {
    const counts = new Map<number, [number, number]>();
    for (const vote of votes) {
      const entry = counts.get(vote.statement) ?? [0, 0];
      if (vote.vote === 1) entry[0] += 1;
      if (vote.vote === -1) entry[1] += 1;
      counts.set(vote.statement, entry);
    }
    const rows = statements.map((statement) => {
      const at = Date.parse(statement.createdAt);
      const author = statement.authorParticipantId ? (numbers.get(statement.authorParticipantId) ?? '') : '';
      const [agrees, disagrees] = counts.get(statement.number) ?? [0, 0];
      return [
        at,
        polisDateTime(at),
        statement.number,
        author,
        agrees,
        disagrees,
        moderated(statement.status, statement.moderatedAt),
        statement.text,
      ];
    });
    const header = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
    return stringify([header, ...rows]);
  }
  const groupOf = new Map<string, number>();
  for (const group of snapshot?.groups ?? []) for (const member of group.members) groupOf.set(member, group.id);
  const columns = statements.filter((statement) => statement.status !== 'pending').map((statement) => statement.number);
  const authored = new Map<number, number>();
  for (const statement of statements) {
    const author = statement.authorParticipantId ? numbers.get(statement.authorParticipantId) : undefined;
    if (author !== undefined) authored.set(author, (authored.get(author) ?? 0) + 1);
  }
  const byParticipant = new Map<number, Map<number, number>>();
  for (const vote of votes) {
    const own = byParticipant.get(vote.participant) ?? new Map<number, number>();
    own.set(vote.statement, vote.vote);
    byParticipant.set(vote.participant, own);
  }
  const everyone = [...new Set([...byParticipant.keys(), ...authored.keys()])].sort((a, b) => a - b);
  const rows = everyone.map((participant) => {
    const own = byParticipant.get(participant) ?? new Map<number, number>();
    const values = [...own.values()];
    return [
      participant,
      groupOf.get(String(participant)) ?? '',
      authored.get(participant) ?? 0,
      values.length,
      values.filter((vote) => vote === 1).length,
      values.filter((vote) => vote === -1).length,
      ...columns.map((number) => own.get(number) ?? ''),
    ];
  });
  return stringify([['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...columns], ...rows]);
}
