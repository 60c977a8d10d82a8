import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { flattenUnitTree, listUnitTree } from '../../organisations/index.ts';
import { findPhase, listBodies } from '../../processes/index.ts';
import type { Version } from '../model.ts';
import type { CommentPeriodInput } from '../schemas.ts';

/** Refuses a period that closes before it opens, a phase of another process, and units or bodies that are not there. */
async function checkPeriod(db: Db, actor: Actor, version: Version, input: CommentPeriodInput): Promise<void> {
  if (input.opensAt && input.closesAt && input.closesAt <= input.opensAt) {
    throw refuse.invalid({ closesAt: { key: 'story.validation.closeBeforeOpen' } });
  }
  if (input.phaseId) {
    const phase = await findPhase(db, actor.organisationId, input.phaseId);
    if (!phase || phase.processId !== version.processId) throw refuse.invalid({ phaseId: { key: 'story.validation.phase' } });
  }
  const known =
    input.audience === 'bodies'
      ? (await listBodies(db, actor.organisationId, version.processId)).map((body) => body.id)
      : input.audience === 'units'
        ? flattenUnitTree(await listUnitTree(db, actor.organisationId)).map((unit) => unit.id)
        : null;
  if (known && input.audienceIds.some((id) => !known.includes(id))) {
    throw refuse.invalid({ audienceIds: { key: 'story.validation.audienceIds' } });
  }
}

/**
 * Puts a version out for comments (or changes its period): phase, opening and closing (UTC instants),
 * audience. A decided version is frozen and refused.
 */
export async function setCommentPeriod(db: Db, actor: Actor, version: Version, input: CommentPeriodInput, now: Date): Promise<void> {
  if (version.status === 'decided') throw refuse.conflict('story.version.frozen');
  await checkPeriod(db, actor, version, input);
  const ids = input.audience === 'units' || input.audience === 'bodies' ? input.audienceIds : [];
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('story_versions')
      .set({
        comments_phase_id: input.phaseId,
        comments_opens_at: input.opensAt,
        comments_closes_at: input.closesAt,
        comments_audience: input.audience,
        comments_audience_ids: JSON.stringify(ids),
      })
      .$call(inOrganisation(actor.organisationId, 'story_versions'))
      .where('id', '=', version.id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    // A decision recorded meanwhile froze it.
    if (Number(updated.numUpdatedRows) !== 1) throw refuse.conflict('story.version.frozen');
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'story.version.schedule',
        subjectType: 'story_version',
        subjectId: version.id,
        details: { opensAt: input.opensAt, closesAt: input.closesAt, audience: input.audience },
      },
      now,
    );
  });
}
