import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { isUniqueViolation } from '../../../platform/db/errors.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { listBodies } from '../../processes/index.ts';
import type { Version } from '../model.ts';
import type { DecisionInput } from '../schemas.ts';

const frozen = () => refuse.conflict('story.version.frozen');

/**
 * Records a body's decision on a version and freezes that version (`status = 'decided'`) in the same
 * transaction: from then on nothing of it changes (no comment period, comment or response; a later
 * amendment is a new version and its own decision). The body must be one of the process's; a version
 * already decided is refused (409), and of two decisions recorded at once the unique version decides.
 */
export async function recordDecision(db: Db, actor: Actor, version: Version, input: DecisionInput, now: Date): Promise<string> {
  if (version.status === 'decided') throw frozen();
  const bodies = await listBodies(db, actor.organisationId, version.processId);
  if (!bodies.some((body) => body.id === input.bodyId)) throw refuse.invalid({ bodyId: { key: 'story.validation.body' } });
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('story_versions')
        .set({ status: 'decided' })
        .$call(inOrganisation(actor.organisationId, 'story_versions'))
        .where('id', '=', version.id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw frozen();
      await trx
        .insertInto('story_decisions')
        .values({
          id,
          organisation_id: actor.organisationId,
          process_id: version.processId,
          version_id: version.id,
          body_id: input.bodyId,
          meeting_date: input.meetingDate,
          section_number: input.sectionNumber,
          text: JSON.stringify(input.text),
          votes_for: input.votesFor,
          votes_against: input.votesAgainst,
          votes_abstain: input.votesAbstain,
          dissent: JSON.stringify(input.dissent),
          minutes_url: input.minutesUrl,
          recorded_by_user_id: actor.userId,
          created_at: now.toISOString(),
        })
        .execute();
      await recordAudit(
        trx,
        {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'story.decision.record',
          subjectType: 'story_version',
          subjectId: version.id,
          details: { bodyId: input.bodyId, meetingDate: input.meetingDate, sectionNumber: input.sectionNumber },
        },
        now,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw frozen();
    throw error;
  }
  return id;
}
