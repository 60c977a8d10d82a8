import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { OpinionGroupsSnapshot } from '../math/types.ts';
import '../tables.ts';

/** A stored computation with its parsed output. */
export interface StoredSnapshot {
  id: string;
  channelId: string;
  computedAt: string;
  inputsDigest: string;
  resultDigest: string;
  seed: number;
  participantCount: number;
  voteCount: number;
  result: OpinionGroupsSnapshot;
}

// Snapshots never change once stored, so a parsed one can be kept by id in any process.
const parsed = new Map<string, OpinionGroupsSnapshot>();
const CACHE_SIZE = 16;

function parseResult(id: string, text: string): OpinionGroupsSnapshot {
  const cached = parsed.get(id);
  if (cached) return cached;
  const result = JSON.parse(text) as OpinionGroupsSnapshot;
  if (parsed.size >= CACHE_SIZE) parsed.delete(parsed.keys().next().value as string);
  parsed.set(id, result);
  return result;
}

/** The newest snapshot of a channel, or undefined before the first computation. */
export async function findLatestSnapshot(db: Db, organisationId: string, channelId: string): Promise<StoredSnapshot | undefined> {
  const head = await db
    .selectFrom('statement_snapshots')
    .select(['id'])
    .$call(inOrganisation(organisationId, 'statement_snapshots'))
    .where('channel_id', '=', channelId)
    .orderBy('computed_at', 'desc')
    .orderBy('inputs_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return undefined;
  // The result text is read only when it is not parsed already: it can be megabytes.
  const columns = ['id', 'channel_id', 'computed_at', 'inputs_digest', 'result_digest', 'seed', 'participant_count', 'vote_count'] as const;
  const row = await db
    .selectFrom('statement_snapshots')
    .select(columns)
    .$if(!parsed.has(head.id), (query) => query.select('result'))
    .where('id', '=', head.id)
    .executeTakeFirstOrThrow();
  const text = (row as { result?: string }).result ?? '';
  return {
    id: row.id,
    channelId: row.channel_id,
    computedAt: row.computed_at,
    inputsDigest: row.inputs_digest,
    resultDigest: row.result_digest,
    seed: row.seed,
    participantCount: row.participant_count,
    voteCount: row.vote_count,
    result: parseResult(row.id, text),
  };
}

/** The group a participant (by number) is in, or null when the snapshot left them out or they had not voted. */
export function groupOfParticipant(snapshot: OpinionGroupsSnapshot, participantNumber: number | null): number | null {
  if (participantNumber === null) return null;
  const id = String(participantNumber);
  return snapshot.groups.find((group) => group.members.includes(id))?.id ?? null;
}
