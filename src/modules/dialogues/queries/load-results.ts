import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listUnitTree } from '../../organisations/index.ts';
import {
  type Commitment,
  type DialogueRecord,
  isPublished,
  PUBLISH_MIN_PARTICIPANTS,
  type Round,
  toCommitment,
  toRecord,
} from '../model.ts';
import { type RoundCommunity, roundCommunities } from './round-communities.ts';

/** A published record with its community and commitments. */
export interface PublishedRecord {
  community: RoundCommunity;
  record: DialogueRecord;
  commitments: Commitment[];
}

/** A round's results as the public may see them. */
export interface RoundResults {
  /** The work communities the round is for. */
  communities: number;
  held: number;
  /** Participants of every held dialogue together; null when fewer than five (it could identify people). */
  participants: number | null;
  commitments: number;
  /** Held, public and of five or more participants, in tree order. */
  published: PublishedRecord[];
}

/**
 * The round's published results (four queries): counts over every held dialogue, and the texts
 * only of those whose lead made them public and in which at least five people took part.
 */
export async function loadResults(db: Db, organisationId: string, round: Round): Promise<RoundResults> {
  const communities = roundCommunities(await listUnitTree(db, organisationId), round.unitIds);
  const inRound = new Set(communities.map((community) => community.id));
  const rows = await db
    .selectFrom('dialogue_records')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_records'))
    .where('round_id', '=', round.id)
    .where('status', '=', 'held')
    .execute();
  const held = rows.map(toRecord).filter((record) => inRound.has(record.workCommunityId));
  const commitmentRows = await db
    .selectFrom('dialogue_commitments')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_commitments'))
    .where('round_id', '=', round.id)
    .orderBy('position')
    .execute();
  const heldIds = new Set(held.map((record) => record.id));
  const commitments = commitmentRows.map(toCommitment).filter((commitment) => heldIds.has(commitment.recordId));
  const byCommunity = new Map(held.map((record) => [record.workCommunityId, record]));
  const participants = held.reduce((sum, record) => sum + (record.participants ?? 0), 0);
  const published = communities.flatMap((community) => {
    const record = byCommunity.get(community.id);
    if (!record || !isPublished(record)) return [];
    return [{ community, record, commitments: commitments.filter((commitment) => commitment.recordId === record.id) }];
  });
  return {
    communities: communities.length,
    held: held.length,
    participants: participants >= PUBLISH_MIN_PARTICIPANTS ? participants : null,
    commitments: commitments.length,
    published,
  };
}
