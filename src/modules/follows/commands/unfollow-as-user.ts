import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** The account stops following the process: its row goes (with its links); doing it twice changes nothing. */
export async function unfollowAsUser(db: Db, organisationId: string, userId: string, processId: string): Promise<void> {
  await db
    .deleteFrom('follows')
    .$call(inOrganisation(organisationId, 'follows'))
    .where('user_id', '=', userId)
    .where('process_id', '=', processId)
    .execute();
}
