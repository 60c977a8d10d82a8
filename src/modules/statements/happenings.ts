import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { type HappeningSource, opensOrClosesIn, scheduledRowHappenings, storedAudience } from '../../platform/follow/happenings.ts';

/**
 * Statements channels for followers (one query): a published channel of the process opened,
 * its closing is near, or it closed with public results; each for the channel's audience.
 */
export const statementsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const rows = await context.db
    .selectFrom('statement_channels')
    .select([
      'id',
      'question as titleJson',
      'opens_at',
      'closes_at',
      'results_public',
      'audience',
      'audience_body_ids',
      'audience_unit_ids',
    ])
    .$call(inOrganisation(organisationId, 'statement_channels'))
    .where('process_id', '=', process.id)
    .where('status', '=', 'published')
    .where(opensOrClosesIn(window))
    .execute();
  return rows.flatMap((row) => {
    const path = `/processes/${process.slug}/statements/${row.id}`;
    const ids = parseJsonColumn<string[]>(row.audience === 'units' ? row.audience_unit_ids : row.audience_body_ids, []);
    const audience = storedAudience(row.audience, ids);
    return scheduledRowHappenings('statements', row, { path, resultsPath: `${path}/results`, audience }, window);
  });
};
