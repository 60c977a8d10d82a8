import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** How many of a round's work communities were reminded on this day (the coverage page's line). */
export async function countRemindedOn(db: Db, organisationId: string, roundId: string, day: string): Promise<number> {
  const rows = await db
    .selectFrom('dialogue_reminders')
    .select('work_community_id')
    .$call(inOrganisation(organisationId, 'dialogue_reminders'))
    .where('round_id', '=', roundId)
    .where('sent_on', '=', day)
    .execute();
  return rows.length;
}
