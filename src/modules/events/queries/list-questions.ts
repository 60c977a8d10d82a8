import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';

/** An extra question of the registration form. */
export interface Question {
  id: string;
  label: LocalizedText;
  required: boolean;
}

/** An event's extra questions in their order. */
export async function listQuestions(db: Db, organisationId: string, eventId: string): Promise<Question[]> {
  const rows = await db
    .selectFrom('event_questions')
    .selectAll()
    .$call(inOrganisation(organisationId, 'event_questions'))
    .where('event_id', '=', eventId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, label: parseJsonColumn<LocalizedText>(row.label, { fi: '' }), required: row.required === 1 }));
}
