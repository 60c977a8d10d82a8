import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Decision, toDecision } from '../model.ts';

/** The decisions on the process's story, oldest meeting first. */
export async function listDecisions(db: Db, organisationId: string, processId: string): Promise<Decision[]> {
  const rows = await db
    .selectFrom('story_decisions')
    .selectAll()
    .$call(inOrganisation(organisationId, 'story_decisions'))
    .where('process_id', '=', processId)
    .orderBy('meeting_date')
    .orderBy('created_at')
    .execute();
  return rows.map(toDecision);
}
