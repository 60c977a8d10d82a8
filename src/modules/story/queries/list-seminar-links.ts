import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listSeminarOutcomes, type SeminarOutcome } from '../../workshops/index.ts';

/** The seminar outcome items that shaped each paragraph of a version, by paragraph key, in the seminars' order. */
export async function listSeminarLinks(
  db: Db,
  organisationId: string,
  processId: string,
  versionId: string,
): Promise<{ byBlock: Map<string, SeminarOutcome[]>; outcomes: SeminarOutcome[] }> {
  const [rows, outcomes] = await Promise.all([
    db
      .selectFrom('story_seminar_links')
      .select(['block_key', 'outcome_id'])
      .$call(inOrganisation(organisationId, 'story_seminar_links'))
      .where('version_id', '=', versionId)
      .execute(),
    listSeminarOutcomes(db, organisationId, processId),
  ]);
  const linked = new Map<string, Set<string>>();
  for (const row of rows) linked.set(row.block_key, (linked.get(row.block_key) ?? new Set()).add(row.outcome_id));
  const byBlock = new Map<string, SeminarOutcome[]>();
  for (const [key, ids] of linked)
    byBlock.set(
      key,
      outcomes.filter((outcome) => ids.has(outcome.id)),
    );
  return { byBlock, outcomes };
}
