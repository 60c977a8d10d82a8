import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { channelHappenings, type HappeningSource, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';

/**
 * Surveys for followers (one query): a published survey of the process opened, its closing
 * is near, or it closed with public results.
 */
export const surveysHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('surveys')
    .select(['id', 'title', 'opens_at', 'closes_at', 'results_public'])
    .$call(inOrganisation(organisationId, 'surveys'))
    .where('process_id', '=', process.id)
    .where('status', '=', 'published')
    .where((eb) =>
      eb.or([
        eb.and([eb('opens_at', '>', bounds.from), eb('opens_at', '<=', bounds.to)]),
        eb.and([eb('closes_at', '>', bounds.from), eb('closes_at', '<=', bounds.deadlineTo)]),
      ]),
    )
    .execute();
  return rows.flatMap((row) =>
    channelHappenings(
      'surveys',
      {
        id: row.id,
        title: parseJsonColumn<LocalizedText>(row.title, { fi: '' }),
        opensAt: row.opens_at,
        closesAt: row.closes_at,
        resultsPublic: row.results_public === 1,
        path: `/processes/${process.slug}/surveys/${row.id}`,
        resultsPath: `/processes/${process.slug}/surveys/${row.id}/results`,
      },
      window,
    ),
  );
};
