import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { readWorkshopNotes, type WorkshopNotes } from '../../workshops/index.ts';
import type { RecordScene } from '../loaders.ts';
import { questionsOf } from '../presenters.ts';
import { DIALOGUES_LIMITS } from '../schemas.ts';

/** A note as a line of an answer: one line, marked as a note. */
function noteLine(text: string): string {
  return `– ${text.trim().replace(/\s*\n\s*/g, ' ')}`;
}

/**
 * The answers with the room's notes added: the notes of prompt n under answer n, each as a line,
 * leaving out a line the answer already has (so taking the notes again adds only the new ones)
 * and stopping where an answer would grow past its limit. Answers how many lines were added.
 */
export function withRoomNotes(
  answers: readonly string[],
  room: Pick<WorkshopNotes, 'prompts'>,
  questionCount: number,
): { answers: string[]; added: number } {
  let added = 0;
  const merged = Array.from({ length: questionCount }, (_, index) => {
    let answer = answers[index] ?? '';
    const lines = new Set(answer.split('\n').map((line) => line.trim()));
    for (const note of room.prompts.find((prompt) => prompt.position === index)?.notes ?? []) {
      const line = noteLine(note);
      const next = answer === '' ? line : `${answer}\n${line}`;
      if (lines.has(line) || next.length > DIALOGUES_LIMITS.answerMax) continue;
      answer = next;
      lines.add(line);
      added += 1;
    }
    return answer;
  });
  return { answers: merged, added };
}

/**
 * Takes the notes of a live dialogue's room into its record's draft: each prompt's notes under its
 * question's answer, and the number who joined as the participants when none is written yet. The
 * draft's other fields stay as saved. A held record is refused (409), as is a dialogue without a room.
 */
export async function takeLiveNotes(db: Db, actor: Actor, scene: RecordScene, now: Date): Promise<number> {
  const record = scene.record;
  if (!record?.workshopId) throw refuse.conflict('dialogues.live.noRoom');
  if (record.status === 'held') throw refuse.conflict('dialogues.live.alreadyHeld');
  const room = await readWorkshopNotes(db, actor.organisationId, record.workshopId);
  if (!room) throw refuse.conflict('dialogues.live.noRoom');
  const { answers, added } = withRoomNotes(record.answers, room, questionsOf(scene.round).length);
  await db.transaction().execute(async (trx) => {
    const saved = await trx
      .updateTable('dialogue_records')
      .set({
        answers: JSON.stringify(answers),
        ...(record.participants === null && room.participants > 0
          ? { participants: Math.min(room.participants, DIALOGUES_LIMITS.participantsMax) }
          : {}),
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', record.id)
      .where('status', '=', 'under_way')
      .executeTakeFirst();
    if (Number(saved.numUpdatedRows) !== 1) throw refuse.conflict('dialogues.live.alreadyHeld');
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.record.liveNotes',
        subjectType: 'dialogue_round',
        subjectId: scene.round.id,
        details: { workCommunityId: scene.community.id, workshopId: record.workshopId, added },
      },
      now,
    );
  });
  return added;
}
