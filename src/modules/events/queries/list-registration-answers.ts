import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';

/** Every answer to an event's extra questions, by registration and then by question (one query). */
export async function listRegistrationAnswers(db: Db, organisationId: string, eventId: string): Promise<Map<string, Map<string, string>>> {
  const rows = await db
    .selectFrom('event_answers')
    .select(['registration_id', 'question_id', 'value'])
    .$call(inOrganisation(organisationId, 'event_answers'))
    .where('event_id', '=', eventId)
    .execute();
  const answers = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const own = answers.get(row.registration_id) ?? new Map<string, string>();
    own.set(row.question_id, row.value);
    answers.set(row.registration_id, own);
  }
  return answers;
}
