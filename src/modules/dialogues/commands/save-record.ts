import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import { todayIn } from '../../processes/index.ts';
import type { RecordScene } from '../loaders.ts';
import { questionsOf } from '../presenters.ts';
import { type RecordInput, writtenCommitments } from '../schemas.ts';
import { openRecord } from './open-record.ts';
import { recordDialogueContributions } from './record-dialogue-contributions.ts';
import { saveCommitments } from './save-commitments.ts';

/** Where and in what language the record is saved: the organisation's zone decides "late". */
export interface SaveRecordOptions {
  timeZone: string;
  locale: Locale;
}

/**
 * Saves a work community's record: its date, participants, answers and commitments (kept by
 * position, so a commitment's status and id survive an edit). With `submit` it is held; after the
 * due date it is accepted and marked late. A held record's answers and commitments are
 * contributions, written in the same transaction (a draft's are not, until it is submitted).
 */
export async function saveRecord(
  db: Db,
  actor: Actor,
  scene: RecordScene,
  input: RecordInput,
  now: Date,
  options: SaveRecordOptions,
): Promise<string> {
  const recordId = scene.record?.id ?? (await openRecord(db, actor, scene, now));
  const questionCount = questionsOf(scene.round).length;
  const answers = Array.from({ length: questionCount }, (_, index) => input.answers[index] ?? '');
  const commitments = writtenCommitments(input.commitments);
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('dialogue_records')
      .select(['status', 'late', 'submitted_at'])
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', recordId)
      .executeTakeFirstOrThrow();
    const held = current.status === 'held' || input.submit;
    const submittedNow = input.submit && current.status !== 'held';
    await trx
      .updateTable('dialogue_records')
      .set({
        held_on: input.heldOn,
        participants: input.participants,
        answers: JSON.stringify(answers),
        visibility: input.visibility,
        updated_at: now.toISOString(),
        ...(submittedNow
          ? {
              status: 'held' as const,
              submitted_at: now.toISOString(),
              submitted_by_user_id: actor.userId,
              late: todayIn(now, options.timeZone) > scene.round.dueOn ? 1 : 0,
            }
          : {}),
      })
      .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
      .where('id', '=', recordId)
      .execute();
    const { kept, removed } = await saveCommitments(trx, actor.organisationId, scene, recordId, commitments, now);
    if (held) {
      await recordDialogueContributions(
        trx,
        { round: scene.round, community: scene.community, recordId, answers, commitments: kept, removed, locale: options.locale },
        now,
      );
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: submittedNow ? 'dialogues.record.submit' : 'dialogues.record.save',
        subjectType: 'dialogue_round',
        subjectId: scene.round.id,
        details: { workCommunityId: scene.community.id, participants: input.participants },
      },
      now,
    );
  });
  return recordId;
}
