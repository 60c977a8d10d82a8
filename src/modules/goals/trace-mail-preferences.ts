import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import './tables.ts';

/** Whether a person is mailed about their trace (no choice made yet: yes). */
export async function findTraceMail(db: Db, organisationId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('goal_mail_preferences')
    .select('trace_mail')
    .$call(inOrganisation(organisationId, 'goal_mail_preferences'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row === undefined || Number(row.trace_mail) === 1;
}

/** Which of these people have turned trace mail off. */
export async function listTraceMailRefusers(db: Db, organisationId: string, userIds: readonly string[]): Promise<Set<string>> {
  const refusing = new Set<string>();
  for (let start = 0; start < userIds.length; start += 1_000) {
    const rows = await db
      .selectFrom('goal_mail_preferences')
      .select('user_id')
      .$call(inOrganisation(organisationId, 'goal_mail_preferences'))
      .where('user_id', 'in', userIds.slice(start, start + 1_000))
      .where('trace_mail', '=', 0)
      .execute();
    for (const row of rows) refusing.add(row.user_id);
  }
  return refusing;
}
