import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { type HappeningSource, opensOrClosesIn, scheduledRowHappenings, storedAudience } from '../../platform/follow/happenings.ts';

/**
 * Surveys for followers (one query): a published survey of the process opened, its closing
 * is near, or it closed with public results; each for the survey's audience.
 */
export const surveysHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const rows = await context.db
    .selectFrom('surveys')
    .select(['id', 'title as titleJson', 'opens_at', 'closes_at', 'results_public', 'audience', 'audience_ids'])
    .$call(inOrganisation(organisationId, 'surveys'))
    .where('process_id', '=', process.id)
    .where('status', '=', 'published')
    .where(opensOrClosesIn(window))
    .execute();
  return rows.flatMap((row) => {
    const path = `/processes/${process.slug}/surveys/${row.id}`;
    const audience = storedAudience(row.audience, parseJsonColumn<string[]>(row.audience_ids, []));
    return scheduledRowHappenings('surveys', row, { path, resultsPath: `${path}/results`, audience }, window);
  });
};
