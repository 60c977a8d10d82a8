import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import '../tables.ts';

/** One item of a seminar's agreed outcome, as another module may read it (the story attaches it to paragraphs). */
export interface SeminarOutcome {
  id: string;
  workshopId: string;
  seminarTitle: LocalizedText;
  position: number;
  text: string;
}

/**
 * The agreed, ordered outcome items of a process's seminars (closed with an outcome), seminar by seminar
 * in the order they were held, each seminar's items in their agreed order: one query, in the organisation only.
 */
export async function listSeminarOutcomes(db: Db, organisationId: string, processId: string): Promise<SeminarOutcome[]> {
  const rows = await db
    .selectFrom('workshop_outcomes')
    .innerJoin('workshops', 'workshops.id', 'workshop_outcomes.workshop_id')
    .select([
      'workshop_outcomes.id',
      'workshop_outcomes.workshop_id',
      'workshop_outcomes.position',
      'workshop_outcomes.text',
      'workshops.title',
    ])
    .$call(inOrganisation(organisationId, 'workshop_outcomes'))
    .where('workshops.process_id', '=', processId)
    .where('workshops.kind', '=', 'seminar')
    .orderBy('workshops.created_at')
    .orderBy('workshops.id')
    .orderBy('workshop_outcomes.position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workshopId: row.workshop_id,
    seminarTitle: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
    position: row.position,
    text: row.text,
  }));
}
