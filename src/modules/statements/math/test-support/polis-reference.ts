/**
 * Loads the Polis reference data in the module's fixtures/polis (red-dwarf
 * fixtures with Polis's math output, and open-data conversations with
 * Polis's groups) into our input shape.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { POLIS_OPENDATA_CONVERSATIONS, polisOpendataRoot, polisRedDwarfRoot } from '../../test-support/polis-data.ts';
import type { OpinionGroupsInput, StatementInput, VoteInput, VoteValue } from '../types.ts';
import { parseCsvRecords } from './read-csv.ts';

/** The red-dwarf fixtures (every folder), or the four open-data conversations the agreement tests use. */
export function listReferenceSets(kind: 'fixtures' | 'opendata'): string[] {
  if (kind === 'opendata') return [...POLIS_OPENDATA_CONVERSATIONS];
  return readdirSync(polisRedDwarfRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

type JsonRecord = Record<string, unknown>;

function field(record: JsonRecord, ...names: string[]): unknown {
  for (const name of names) if (name in record) return record[name];
  return undefined;
}

function toVote(value: unknown): VoteValue {
  const v = Number(value);
  if (v === 1 || v === -1 || v === 0) return v;
  throw new RangeError(`unexpected vote ${String(value)}`);
}

/** Polis math output of a fixture, as parsed JSON (field names as Polis writes them). */
export type PolisMath = JsonRecord & {
  'in-conv': number[];
  'mod-out': number[];
  tids: number[];
  repness: Record<string, JsonRecord[]>;
  consensus: { agree: JsonRecord[]; disagree: JsonRecord[] };
  'group-aware-consensus': Record<string, number>;
  'group-clusters': Array<{ id: number; members: number[] }>;
  'base-clusters': { id: number[]; members: number[][] };
};

/** A fixture: our input, Polis's output, and Polis's groups as participant ids. */
export interface PolisFixture {
  name: string;
  input: OpinionGroupsInput;
  math: PolisMath;
  groups: Array<{ id: number; members: string[] }>;
}

/** Reads red-dwarf/<name>; field names differ between fixtures (pid/tid vs participant_id/statement_id). */
export function loadFixture(name: string): PolisFixture {
  const dir = path.join(polisRedDwarfRoot, name);
  const votes = (readJson(path.join(dir, 'votes.json')) as JsonRecord[]).map(
    (v): VoteInput => ({
      participantId: String(field(v, 'pid', 'participant_id')),
      statementId: String(field(v, 'tid', 'statement_id')),
      vote: toVote(v.vote),
      at: Number(field(v, 'modified')),
    }),
  );
  const statements = (readJson(path.join(dir, 'comments.json')) as JsonRecord[]).map(
    (c): StatementInput => ({
      id: String(field(c, 'tid', 'statement_id')),
      // Polis treats meta statements like moderated-out ones in the math.
      moderatedOut: Number(field(c, 'mod', 'moderated')) === -1 || c.is_meta === true,
    }),
  );
  const math = readJson(path.join(dir, 'math-pca2.json')) as PolisMath;
  const base = math['base-clusters'];
  const membersOfBase = new Map(base.id.map((id, i) => [id, base.members[i] ?? []] as const));
  const groups = math['group-clusters'].map((g) => ({
    id: g.id,
    members: g.members.flatMap((b) => membersOfBase.get(b) ?? []).map(String),
  }));
  return { name, input: { votes, statements }, math, groups };
}

/** An open-data conversation: our input and Polis's group per grouped participant. */
export interface PolisConversation {
  name: string;
  input: OpinionGroupsInput;
  /** participant id → Polis group id, only for participants Polis grouped. */
  polisGroups: Map<string, string>;
}

/** Reads opendata/<name> (comments.csv, votes.csv, participants-votes.csv). */
export function loadConversation(name: string): PolisConversation {
  const dir = path.join(polisOpendataRoot, name);
  const read = (file: string) => parseCsvRecords(readFileSync(path.join(dir, file), 'utf8'));
  const statements = read('comments.csv').map(
    (c): StatementInput => ({ id: c['comment-id'] as string, moderatedOut: c.moderated === '-1' }),
  );
  const votes = read('votes.csv').map(
    (v): VoteInput => ({
      participantId: v['voter-id'] as string,
      statementId: v['comment-id'] as string,
      vote: toVote(v.vote),
      at: Number(v.timestamp),
    }),
  );
  const polisGroups = new Map<string, string>();
  for (const p of read('participants-votes.csv')) {
    const group = p['group-id'] ?? '';
    if (group !== '') polisGroups.set(p.participant as string, group);
  }
  return { name, input: { votes, statements }, polisGroups };
}
