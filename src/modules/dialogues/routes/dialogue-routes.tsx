import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { accountsAudienceLookups } from '../../accounts/index.ts';
import { listUnitTree } from '../../organisations/index.ts';
import { todayIn } from '../../processes/index.ts';
import { renderCommitmentPage } from '../actions/commitment-page.tsx';
import { renderRecordPage } from '../actions/record-page.tsx';
import { loadFollowedCommitment, loadVisibleRecord, loadVisibleRound } from '../loaders.ts';
import { coverageStatus } from '../model.ts';
import { listRoundRecords } from '../queries/list-round-records.ts';
import { type RoundCommunity, roundCommunities } from '../queries/round-communities.ts';
import { commitmentParamsSchema, recordParamsSchema, roundParamsSchema } from '../schemas.ts';
import { GuidePage } from '../views/guide-page.tsx';
import { recordValues } from '../views/record-form.tsx';

/** Staff's pages: a round's guide with the reader's own work communities, and one community's dialogue. */
export function registerDialogueRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/dialogues/:id', async (request, reply) => {
    const { id } = parse(roundParamsSchema, request.params);
    const actor = request.identity.actor;
    const round = await loadVisibleRound(context, actor, id);
    const today = todayIn(context.clock.now(), request.organisation.timeZone);
    const records = await listRoundRecords(context.db, actor.organisationId, round.id);
    const communities = roundCommunities(await listUnitTree(context.db, actor.organisationId), round.unitIds);
    const withStatus = (community: RoundCommunity) => ({
      community,
      status: coverageStatus(records.get(community.id)?.record, round.dueOn, today),
    });
    const own = communities
      .filter((community) =>
        context.authorizer.can(actor, 'dialogues.record.edit', { processId: round.processId, unitPath: community.path }),
      )
      .map(withStatus);
    // The reader's own work community by the staff directory, when they do not lead it: its members read its dialogue.
    const unitId = actor.userId ? await accountsAudienceLookups.unitOfUser(context.db, actor.organisationId, actor.userId) : null;
    const mine = communities.find((community) => community.id === unitId && !own.some((entry) => entry.community.id === unitId));
    const coverage = context.authorizer.can(actor, 'dialogues.coverage.view', round);
    return renderPage(context, request, reply, <GuidePage round={round} own={own} member={mine && withStatus(mine)} coverage={coverage} />);
  });

  page(app, 'GET', '/dialogues/:id/communities/:unitId', async (request, reply) => {
    const { id, unitId } = parse(recordParamsSchema, request.params);
    const scene = await loadVisibleRecord(context, request.identity.actor, id, unitId);
    return renderRecordPage({ context, request }, reply, scene, recordValues(scene.record, scene.commitments));
  });

  page(app, 'GET', '/dialogues/:id/communities/:unitId/commitments/:commitmentId', async (request, reply) => {
    const params = parse(commitmentParamsSchema, request.params);
    const scene = await loadFollowedCommitment(context, request.identity.actor, params);
    return renderCommitmentPage({ context, request }, reply, scene, {
      status: scene.commitment.status,
      objectiveId: scene.commitment.objectiveId ?? '',
    });
  });
}
