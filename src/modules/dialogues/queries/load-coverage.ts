import type { Actor } from '../../../platform/authz/authz.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listUnitTree } from '../../organisations/index.ts';
import { coverageStatus, type Round } from '../model.ts';
import { listCoverageRecords } from './list-coverage-records.ts';
import { roundCommunities } from './round-communities.ts';
import { type Coverage, summariseCoverage } from './round-coverage.ts';

/**
 * The round's coverage on `today` as the actor may see it (three queries whatever the number of
 * work communities): the coordinator every work community of the round, a unit manager those
 * of their own units, a lead their own community.
 */
export async function loadCoverage(
  context: Pick<AppContext, 'db' | 'authorizer'>,
  actor: Actor,
  round: Round,
  today: string,
): Promise<Coverage> {
  const tree = await listUnitTree(context.db, actor.organisationId);
  const records = await listCoverageRecords(context.db, actor.organisationId, round.id);
  // The rule grants through the round's process or a unit on the path; a longer path never takes a right
  // away, so whoever sees a community through no unit at all (the coordinator) sees every one: one check, not 1,000.
  const seesEvery = context.authorizer.can(actor, 'dialogues.record.view', { processId: round.processId, unitPath: [] });
  const rows = roundCommunities(tree, round.unitIds)
    .filter(
      (community) =>
        seesEvery || context.authorizer.can(actor, 'dialogues.record.view', { processId: round.processId, unitPath: community.path }),
    )
    .map((community) => {
      const found = records.get(community.id);
      return {
        community,
        status: coverageStatus(found?.record, round.dueOn, today),
        record: found?.record,
        commitments: found?.commitments ?? 0,
      };
    });
  return summariseCoverage(rows);
}
