import type { Actor } from '../../../../platform/authz/authz.ts';
import type { Db } from '../../../../platform/db/database.ts';
import { inOrganisation } from '../../../../platform/db/scope.ts';
import { refuse } from '../../../../platform/domain/refusal.ts';
import { editRun } from './edit-log.ts';

/** A contribution's tags within a run, alphabetical. */
export async function listContributionTags(db: Db, organisationId: string, runId: string, contributionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('insight_contribution_tags')
    .select('tag')
    .$call(inOrganisation(organisationId, 'insight_contribution_tags'))
    .where('run_id', '=', runId)
    .where('contribution_id', '=', contributionId)
    .orderBy('tag')
    .execute();
  return rows.map((row) => row.tag);
}

/** Replaces a contribution's tags within a run (a contribution the run did not read is 404). Tags are allowed on a locked run. */
export async function setContributionTags(
  db: Db,
  actor: Actor,
  ids: { runId: string; contributionId: string },
  tags: string[],
  now: Date,
): Promise<void> {
  await editRun(db, actor, ids.runId, 'tag', now, async (trx) => {
    const inRun = await trx
      .selectFrom('insight_theme_sentences')
      .select('contribution_id')
      .$call(inOrganisation(actor.organisationId, 'insight_theme_sentences'))
      .where('run_id', '=', ids.runId)
      .where('contribution_id', '=', ids.contributionId)
      .executeTakeFirst();
    if (!inRun) throw refuse.notFound();
    const before = await listContributionTags(trx, actor.organisationId, ids.runId, ids.contributionId);
    await replaceTags(trx, actor.organisationId, ids.runId, ids.contributionId, tags, now);
    return {
      snapshot: { themes: [], createdThemeIds: [], sentences: [], tags: { contributionId: ids.contributionId, tags: before } },
      details: { contributionId: ids.contributionId, tags },
    };
  });
}

/** Writes a contribution's tags as given (also used by undo). */
export async function replaceTags(db: Db, organisationId: string, runId: string, contributionId: string, tags: string[], now: Date) {
  await db
    .deleteFrom('insight_contribution_tags')
    .$call(inOrganisation(organisationId, 'insight_contribution_tags'))
    .where('run_id', '=', runId)
    .where('contribution_id', '=', contributionId)
    .execute();
  const unique = [...new Set(tags)];
  if (unique.length > 0)
    await db
      .insertInto('insight_contribution_tags')
      .values(
        unique.map((tag) => ({
          organisation_id: organisationId,
          run_id: runId,
          contribution_id: contributionId,
          tag,
          created_at: now.toISOString(),
        })),
      )
      .execute();
}
