import fs from 'node:fs/promises';
import path from 'node:path';
import { hasUnstorableCharacters, STATEMENT_LIMITS } from '../schemas.ts';
import { ImportError } from './import-error.ts';
import { type CsvRow, readCsvRecords, readCsvTable } from './read-csv.ts';

/** The columns of Polis's comments.csv that an import needs (timestamp and datetime are read when present). */
export const COMMENT_COLUMNS = ['comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'] as const;

/** The columns of Polis's votes.csv. */
export const VOTE_COLUMNS = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'] as const;

/** Largest file an import reads. */
export const IMPORT_FILE_MAX_BYTES = 200 * 1024 * 1024;

/** A comment (statement) of a Polis export: moderated 1 in, −1 out, 0 not yet decided. */
export interface PolisComment {
  line: number;
  id: number;
  /** Null when the export names no author (statements the organiser wrote). */
  authorId: number | null;
  moderated: -1 | 0 | 1;
  /** Trimmed; empty when the export has no text (Polis leaves moderated-out statements' text empty). */
  body: string;
  timestamp: number | null;
}

/** A vote event of a Polis export: 1 agree, −1 disagree, 0 pass. */
export interface PolisVote {
  line: number;
  timestamp: number;
  commentId: number;
  voterId: number;
  vote: -1 | 0 | 1;
}

/** The largest id an import accepts (the columns are 32-bit integers on PostgreSQL). */
const ID_MAX = 2_147_483_647;
/** Epoch milliseconds from 1970 to 2200. */
const TIMESTAMP_MAX = 7_258_118_400_000;

function integer(row: CsvRow, file: string, column: string, max: number): number {
  const value = row.value(column).trim();
  const number = Number(value);
  if (!/^\d{1,16}$/.test(value) || number > max) {
    throw new ImportError('statements.import.badInteger', { file, line: String(row.line), column, value: value.slice(0, 40) });
  }
  return number;
}

function ternary(row: CsvRow, file: string, column: string, key: string): -1 | 0 | 1 {
  const value = row.value(column).trim();
  if (value !== '1' && value !== '0' && value !== '-1')
    throw new ImportError(key, { file, line: String(row.line), value: value.slice(0, 40) });
  return Number(value) as -1 | 0 | 1;
}

/**
 * Parses comments.csv: ids unique, bodies storable and within the import
 * limit. A body that is empty or only whitespace is read as empty (a real
 * export has them for statements Polis moderated out); the import hides them.
 */
export function parsePolisComments(text: string, file = 'comments.csv'): PolisComment[] {
  const seen = new Set<number>();
  return readCsvTable(text, file, COMMENT_COLUMNS).map((row) => {
    const id = integer(row, file, 'comment-id', ID_MAX);
    if (seen.has(id)) throw new ImportError('statements.import.duplicateComment', { file, line: String(row.line), id: String(id) });
    seen.add(id);
    integer(row, file, 'agrees', ID_MAX);
    integer(row, file, 'disagrees', ID_MAX);
    const body = row.value('comment-body').trim();
    if (body.length > STATEMENT_LIMITS.importedStatementMax) {
      throw new ImportError('statements.import.statementTooLong', {
        file,
        line: String(row.line),
        max: STATEMENT_LIMITS.importedStatementMax,
      });
    }
    if (hasUnstorableCharacters(body)) throw new ImportError('statements.import.badCharacters', { file, line: String(row.line) });
    const stamp = row.value('timestamp').trim();
    return {
      line: row.line,
      id,
      authorId: row.value('author-id').trim() === '' ? null : integer(row, file, 'author-id', ID_MAX),
      moderated: ternary(row, file, 'moderated', 'statements.import.badModeration'),
      body,
      timestamp: stamp === '' ? null : integer(row, file, 'timestamp', TIMESTAMP_MAX),
    };
  });
}

/** The votes of votes.csv, and how many named a statement that comments.csv does not have (left out). */
export interface PolisVoteFile {
  votes: PolisVote[];
  votesOnUnknownStatements: number;
}

/**
 * Parses votes.csv: every line must have a numbered voter, a numbered
 * statement, a time and one of the three values (otherwise the file is
 * refused with its line). Votes on a statement that comments.csv does not
 * list (an export cut between the two files) are left out and counted, as
 * Polis's own math never sees them.
 */
export function parsePolisVoteFile(text: string, commentIds: ReadonlySet<number>, file = 'votes.csv'): PolisVoteFile {
  const votes: PolisVote[] = [];
  let votesOnUnknownStatements = 0;
  for (const row of readCsvTable(text, file, VOTE_COLUMNS)) {
    const commentId = integer(row, file, 'comment-id', ID_MAX);
    const vote: PolisVote = {
      line: row.line,
      timestamp: integer(row, file, 'timestamp', TIMESTAMP_MAX),
      commentId,
      voterId: integer(row, file, 'voter-id', ID_MAX),
      vote: ternary(row, file, 'vote', 'statements.import.badVote'),
    };
    if (commentIds.has(commentId)) votes.push(vote);
    else votesOnUnknownStatements++;
  }
  return { votes, votesOnUnknownStatements };
}

/** The votes of votes.csv on statements of comments.csv (see parsePolisVoteFile). */
export function parsePolisVotes(text: string, commentIds: ReadonlySet<number>, file = 'votes.csv'): PolisVote[] {
  return parsePolisVoteFile(text, commentIds, file).votes;
}

/** The conversation's topic from summary.csv (key,value lines), if the export has one. */
export function parsePolisTopic(text: string, file = 'summary.csv'): string | null {
  const topic = readCsvRecords(text, file)
    .find((record) => record.fields[0] === 'topic')
    ?.fields[1]?.trim();
  return topic ? topic : null;
}

/** Reads a file of the export as strict UTF-8; a missing or oversized file is an import error. */
async function readExportFile(dir: string, file: string, optional = false): Promise<string | null> {
  const full = path.join(dir, file);
  let size: number;
  try {
    size = (await fs.stat(full)).size;
  } catch {
    if (optional) return null;
    throw new ImportError('statements.import.missingFile', { file: full });
  }
  if (size > IMPORT_FILE_MAX_BYTES) throw new ImportError('statements.import.tooLarge', { file, max: IMPORT_FILE_MAX_BYTES / 1024 / 1024 });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(full));
  } catch {
    throw new ImportError('statements.import.notUtf8', { file });
  }
}

/** A whole Polis export folder, read and checked before anything is stored. */
export interface PolisConversationFiles {
  comments: PolisComment[];
  votes: PolisVote[];
  /** Votes left out because their statement is not in comments.csv (none when not given). */
  votesOnUnknownStatements?: number;
  topic: string | null;
}

/** Reads comments.csv, votes.csv and (when present) summary.csv of a Polis export folder. */
export async function readPolisFolder(dir: string): Promise<PolisConversationFiles> {
  const comments = parsePolisComments((await readExportFile(dir, 'comments.csv')) ?? '');
  const { votes, votesOnUnknownStatements } = parsePolisVoteFile(
    (await readExportFile(dir, 'votes.csv')) ?? '',
    new Set(comments.map((comment) => comment.id)),
  );
  const summary = await readExportFile(dir, 'summary.csv', true);
  return { comments, votes, votesOnUnknownStatements, topic: summary === null ? null : parsePolisTopic(summary) };
}
