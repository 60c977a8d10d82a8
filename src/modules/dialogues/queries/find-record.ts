import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Commitment, type DialogueRecord, toCommitment, toRecord } from '../model.ts';

/** A work community's record of a round with its commitments, or undefined when its lead has not opened it. */
export async function findRecord(
  db: Db,
  organisationId: string,
  roundId: string,
  workCommunityId: string,
): Promise<{ record: DialogueRecord; commitments: Commitment[] } | undefined> {
  const row = await db
    .selectFrom('dialogue_records')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_records'))
    .where('round_id', '=', roundId)
    .where('work_community_id', '=', workCommunityId)
    .executeTakeFirst();
  if (!row) return undefined;
  const commitments = await db
    .selectFrom('dialogue_commitments')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_commitments'))
    .where('record_id', '=', row.id)
    .orderBy('position')
    .execute();
  return { record: toRecord(row), commitments: commitments.map(toCommitment) };
}
