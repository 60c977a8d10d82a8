import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Version } from '../model.ts';
import type { SeminarLinkInput } from '../schemas.ts';

/**
 * Records that a seminar's outcome item shaped paragraphs of a version. The item must be one of the
 * process's seminars' (`outcomeIds`), each key a paragraph of the version (`paragraphKeys`); a link
 * already made is kept as it is. A decided version is frozen (409). Audited.
 */
export async function linkSeminarOutcome(
  db: Db,
  actor: Actor,
  version: Version,
  known: { outcomeIds: ReadonlySet<string>; paragraphKeys: ReadonlySet<string> },
  input: SeminarLinkInput,
  now: Date,
): Promise<void> {
  if (version.status === 'decided') throw refuse.conflict('story.version.frozen');
  if (!known.outcomeIds.has(input.outcomeId)) throw refuse.invalid({ outcomeId: { key: 'story.validation.seminarOutcome' } });
  const keys = [...new Set(input.blockKeys)];
  if (keys.some((key) => !known.paragraphKeys.has(key))) throw refuse.invalid({ blockKeys: { key: 'story.validation.paragraph' } });
  await db.transaction().execute(async (trx) => {
    const status = await trx.selectFrom('story_versions').select('status').where('id', '=', version.id).executeTakeFirst();
    if (status?.status !== 'draft') throw refuse.conflict('story.version.frozen');
    for (const key of keys) {
      await trx
        .insertInto('story_seminar_links')
        .values({
          id: newId(),
          organisation_id: actor.organisationId,
          version_id: version.id,
          block_key: key,
          outcome_id: input.outcomeId,
          created_by_user_id: actor.userId,
          created_at: now.toISOString(),
        })
        .onConflict((conflict) => conflict.columns(['version_id', 'block_key', 'outcome_id']).doNothing())
        .execute();
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'story.seminar.link',
        subjectType: 'story_version',
        subjectId: version.id,
        details: { outcomeId: input.outcomeId, paragraphs: keys.length },
      },
      now,
    );
  });
}
