import { parseJsonColumn } from '../../platform/db/json.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import { channelHappenings, type HappeningSource, queryBounds } from '../../platform/follow/happenings.ts';
import type { LocalizedText } from '../../platform/i18n/locales.ts';

/**
 * Statements channels for followers (one query): a published channel of the process opened,
 * its closing is near, or it closed with public results.
 */
export const statementsHappenings: HappeningSource = async (context, organisationId, process, window) => {
  const bounds = queryBounds(window);
  const rows = await context.db
    .selectFrom('statement_channels')
    .select(['id', 'question', 'opens_at', 'closes_at', 'results_public'])
    .$call(inOrganisation(organisationId, 'statement_channels'))
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
      'statements',
      {
        id: row.id,
        title: parseJsonColumn<LocalizedText>(row.question, { fi: '' }),
        opensAt: row.opens_at,
        closesAt: row.closes_at,
        resultsPublic: row.results_public === 1,
        path: `/processes/${process.slug}/statements/${row.id}`,
        resultsPath: `/processes/${process.slug}/statements/${row.id}/results`,
      },
      window,
    ),
  );
};
