import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import { localize } from '../../../platform/i18n/locales.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { renderNewRoundPage, renderRoundPage } from '../actions/round-form.tsx';
import { loadManagedRound } from '../loaders.ts';
import { listRounds } from '../queries/list-rounds.ts';
import { roundParamsSchema } from '../schemas.ts';
import { AdminListPage } from '../views/admin-list-page.tsx';
import { emptyRoundValues, roundValues } from '../views/round-form.tsx';

/** The coordinator's pages: the rounds, a new round's form and a round's own form (forms post to the actions). */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/dialogues', async (request, reply) => {
    authorize(context.authorizer, request, 'dialogues.admin.list');
    const actor = request.identity.actor;
    const processes = new Map((await listProcessOptions(context.db, actor.organisationId)).map((process) => [process.id, process]));
    const rounds = (await listRounds(context.db, actor.organisationId))
      .filter((round) => context.authorizer.can(actor, 'dialogues.coverage.view', round))
      .map((round) => ({
        round,
        processTitle: localize(processes.get(round.processId)?.title, request.locale),
        manages: context.authorizer.can(actor, 'dialogues.round.update', round),
      }));
    return renderPage(
      context,
      request,
      reply,
      <AdminListPage rounds={rounds} canCreate={context.authorizer.can(actor, 'dialogues.round.create')} />,
    );
  });

  page(app, 'GET', '/admin/dialogues/new', async (request, reply) => {
    authorize(context.authorizer, request, 'dialogues.round.create');
    const actor = request.identity.actor;
    const first = (await listProcessOptions(context.db, actor.organisationId)).find((process) =>
      context.authorizer.can(actor, 'dialogues.round.create', { processId: process.id }),
    );
    return renderNewRoundPage({ context, request, actor }, reply, emptyRoundValues(first?.id ?? ''));
  });

  page(app, 'GET', '/admin/dialogues/:id', async (request, reply) => {
    authorize(context.authorizer, request, 'dialogues.admin.list');
    const { id } = parse(roundParamsSchema, request.params);
    const actor = request.identity.actor;
    const round = await loadManagedRound(context, actor, id);
    return renderRoundPage({ context, request, actor }, reply, round, roundValues(round));
  });
}
