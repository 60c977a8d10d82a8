import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Round, toRound } from '../model.ts';

/** The organisation's rounds (of one process when given), newest deadline first (at most `limit`). */
export async function listRounds(db: Db, organisationId: string, options: { processId?: string; limit?: number } = {}): Promise<Round[]> {
  let query = db.selectFrom('dialogue_rounds').selectAll().$call(inOrganisation(organisationId, 'dialogue_rounds'));
  if (options.processId) query = query.where('process_id', '=', options.processId);
  const rows = await query
    .orderBy('due_on', 'desc')
    .orderBy('id')
    .limit(options.limit ?? 200)
    .execute();
  return rows.map(toRound);
}
