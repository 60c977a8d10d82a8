import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Workshop } from '../model.ts';
import { WORKSHOP_LIMITS } from '../schemas.ts';
import { requireCurrentStage } from './load-prompt.ts';
import { inWorkshopCommit, lockWorkshop, requireOpen, requireUnlocked } from './lock-workshop.ts';
import { checkNoteLength } from './note-rules.ts';
import { recordNoteContributions } from './record-note-contributions.ts';

async function checkFlood(trx: Db, workshop: Workshop, participantId: string, promptId: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - 60_000).toISOString();
  const scope = inOrganisation(workshop.organisationId, 'workshop_notes');
  const recent = await trx
    .selectFrom('workshop_notes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(scope)
    .where('participant_id', '=', participantId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(recent.count) >= WORKSHOP_LIMITS.notesPerMinute) {
    throw refuse.tooMany('workshops.note.tooFast');
  }
  const onPrompt = await trx
    .selectFrom('workshop_notes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(scope)
    .where('participant_id', '=', participantId)
    .where('prompt_id', '=', promptId)
    .executeTakeFirstOrThrow();
  if (Number(onPrompt.count) >= WORKSHOP_LIMITS.notesPerPrompt) {
    throw refuse.conflict('workshops.note.tooMany', { max: WORKSHOP_LIMITS.notesPerPrompt });
  }
}

/**
 * Posts a note on the current prompt while writing is open, and records it
 * as a contribution in the same transaction. A flood from one participant is
 * refused with 429 (the form keeps the text, so nothing typed is lost).
 */
export async function postNote(
  db: Db,
  workshopRef: Workshop,
  participantId: string,
  input: { text: string; language: string },
  now: Date,
): Promise<string> {
  const id = newId();
  await inWorkshopCommit(db, workshopRef, async (trx) => {
    const workshop = await lockWorkshop(trx, workshopRef.organisationId, workshopRef.id, now);
    requireOpen(workshop);
    requireUnlocked(workshop);
    const prompt = await requireCurrentStage(trx, workshop, ['writing'], 'workshops.note.writingClosed');
    checkNoteLength(workshop, input.text);
    await checkFlood(trx, workshop, participantId, prompt.id, now);
    const participant = await trx
      .selectFrom('workshop_participants')
      .select(['display_name', 'group_id'])
      .$call(inOrganisation(workshop.organisationId, 'workshop_participants'))
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('workshop_notes')
      .values({
        id,
        organisation_id: workshop.organisationId,
        workshop_id: workshop.id,
        prompt_id: prompt.id,
        group_id: participant.group_id,
        participant_id: participantId,
        cluster_id: null,
        merged_into_id: null,
        text: input.text,
        author_name: workshop.noteNames === 'named' ? participant.display_name : null,
        language: input.language,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    await recordNoteContributions(trx, workshop, { noteIds: [id] }, now);
  });
  return id;
}
