import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { renderChannelAdmin } from '../actions/channel-admin-page.tsx';
import { renderNewChannel } from '../actions/channel-new-page.tsx';
import { loadManagedChannel, loadNewChannelProcess } from '../admin-channel.ts';
import { channelSubject } from '../channel-access.ts';
import { channelState } from '../model.ts';
import { moderatesChannel } from '../permissions.ts';
import { countStatementsByChannel } from '../queries/count-by-channel.ts';
import { listOrganisationChannels } from '../queries/list-channels.ts';
import { AdminChannelsPage } from '../views/admin-channels-page.tsx';
import { emptyChannelValues } from '../views/channel-form.tsx';

/** The statements admin: the list of channels, and the pages that set up a channel and show its settings (the `statements.channel.*` actions save them). */
export function registerAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/statements', async (request, reply) => {
    authorize(context.authorizer, request, 'statements.admin.list');
    const actor = request.identity.actor;
    const processes = await listProcessOptions(context.db, actor.organisationId);
    const titles = new Map(processes.map((process) => [process.id, process.title]));
    const channels = (await listOrganisationChannels(context.db, actor.organisationId)).filter((channel) =>
      moderatesChannel(actor, channel),
    );
    const now = context.clock.now();
    const ids = channels.map((channel) => channel.id);
    const pending = await countStatementsByChannel(context.db, actor.organisationId, ids, 'pending');
    const rows = channels.map((channel) => ({
      channel,
      processTitle: titles.get(channel.processId) ?? { fi: '' },
      state: channelState(channel, now),
      pending: pending.get(channel.id) ?? 0,
      manages: context.authorizer.can(actor, 'statements.channel.manage', channelSubject(channel)),
    }));
    const newIn = processes.filter((process) => context.authorizer.can(actor, 'statements.channel.create', process));
    return renderPage(context, request, reply, <AdminChannelsPage rows={rows} newIn={newIn} />);
  });

  page(app, 'GET', '/admin/statements/new', async (request, reply) => {
    const process = await loadNewChannelProcess(context, request);
    return renderNewChannel(context, request, reply, process, {
      values: emptyChannelValues(),
      seedStatements: '',
      seedLanguage: request.locale,
    });
  });

  page(app, 'GET', '/admin/statements/:id', async (request, reply) => {
    const loaded = await loadManagedChannel(context, request, (request.params as { id: string }).id, 'statements.channel.manage');
    return renderChannelAdmin(context, request, reply, loaded, {});
  });
}
