import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type DialogueRecord, toRecord } from '../model.ts';

/** A round's records by work community, each with its number of commitments (two queries). */
export async function listRoundRecords(
  db: Db,
  organisationId: string,
  roundId: string,
): Promise<Map<string, { record: DialogueRecord; commitments: number }>> {
  const rows = await db
    .selectFrom('dialogue_records')
    .selectAll()
    .$call(inOrganisation(organisationId, 'dialogue_records'))
    .where('round_id', '=', roundId)
    .execute();
  const counts = await db
    .selectFrom('dialogue_commitments')
    .select(['work_community_id', sql<number>`count(*)`.as('count')])
    .$call(inOrganisation(organisationId, 'dialogue_commitments'))
    .where('round_id', '=', roundId)
    .groupBy('work_community_id')
    .execute();
  const byCommunity = new Map(counts.map((row) => [row.work_community_id, Number(row.count)]));
  return new Map(
    rows.map((row) => [row.work_community_id, { record: toRecord(row), commitments: byCommunity.get(row.work_community_id) ?? 0 }]),
  );
}
