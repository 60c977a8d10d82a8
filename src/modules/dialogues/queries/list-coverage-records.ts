import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { DialogueRecord } from '../model.ts';

/** What the coverage needs of a record: no answers (the page counts, it does not read). */
export type CoverageRecord = Pick<DialogueRecord, 'status' | 'heldOn' | 'participants' | 'late'>;

/**
 * A round's records by work community as the coverage counts them, each with its number of
 * commitments (two queries, only the columns counted: a round of 1,000 records reads no answers).
 */
export async function listCoverageRecords(
  db: Db,
  organisationId: string,
  roundId: string,
): Promise<Map<string, { record: CoverageRecord; commitments: number }>> {
  const rows = await db
    .selectFrom('dialogue_records')
    .select(['work_community_id', 'status', 'held_on', 'participants', 'late'])
    .$call(inOrganisation(organisationId, 'dialogue_records'))
    .where('round_id', '=', roundId)
    .execute();
  const counts = await db
    .selectFrom('dialogue_commitments')
    .select((eb) => ['work_community_id', eb.fn.countAll<number>().as('count')])
    .$call(inOrganisation(organisationId, 'dialogue_commitments'))
    .where('round_id', '=', roundId)
    .groupBy('work_community_id')
    .execute();
  const byCommunity = new Map(counts.map((row) => [row.work_community_id, Number(row.count)]));
  const records = new Map<string, { record: CoverageRecord; commitments: number }>();
  for (const row of rows) {
    records.set(row.work_community_id, {
      record: { status: row.status, heldOn: row.held_on, participants: row.participants, late: row.late === 1 },
      commitments: byCommunity.get(row.work_community_id) ?? 0,
    });
  }
  return records;
}
