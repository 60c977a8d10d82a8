import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { notFound } from '../../../platform/http/errors.ts';

/** A note of the workshop with its writer's participant id and text (404 for unknown and foreign notes). */
export async function findNoteAuthor(db: Db, organisationId: string, workshopId: string, noteId: string) {
  const note = await db
    .selectFrom('workshop_notes')
    .select(['id', 'participant_id', 'text', 'prompt_id'])
    .$call(inOrganisation(organisationId, 'workshop_notes'))
    .where('workshop_id', '=', workshopId)
    .where('id', '=', noteId)
    .executeTakeFirst();
  if (!note) throw notFound();
  return { id: note.id, authorParticipantId: note.participant_id, text: note.text, promptId: note.prompt_id };
}
