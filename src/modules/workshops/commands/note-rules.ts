import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';

/** Refuses a note over the session's own length limit with 422 at the field, saying the limit. */
export function checkNoteLength(workshop: Workshop, text: string): void {
  if (text.length > workshop.noteMaxLength)
    throw refuse.invalid({ text: { key: 'workshops.note.tooLong', values: { max: workshop.noteMaxLength } } });
}

/** The participant's own note in this workshop: 404 for an unknown or foreign note, 403 for someone else's. */
export async function findOwnNote(trx: Db, workshop: Workshop, noteId: string, participantId: string) {
  const note = await trx
    .selectFrom('workshop_notes')
    .select(['id', 'prompt_id', 'participant_id', 'hidden_at'])
    .$call(inOrganisation(workshop.organisationId, 'workshop_notes'))
    .where('workshop_id', '=', workshop.id)
    .where('id', '=', noteId)
    .executeTakeFirst();
  if (!note) throw refuse.notFound();
  if (note.participant_id !== participantId) throw refuse.forbidden();
  return note;
}

/** Throws 409 for the participant's note the facilitator hid: it is not edited while hidden. */
export function requireNotHiddenByFacilitator(note: { hidden_at: string | null }): void {
  if (note.hidden_at !== null) throw refuse.conflict('workshops.note.hiddenByFacilitator');
}
