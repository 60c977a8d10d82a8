import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { type FieldErrors, HttpError, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { findProcessById, listProcessOptions } from '../../processes/index.ts';
import { createChannel } from '../commands/create-channel.ts';
import { updateChannel } from '../commands/update-channel.ts';
import { channelState } from '../model.ts';
import { moderatesChannel } from '../permissions.ts';
import { countStatementsByChannel } from '../queries/count-by-channel.ts';
import { listOrganisationChannels } from '../queries/list-channels.ts';
import { addStatementsSchema, channelSettingsSchema } from '../schemas.ts';
import { AdminChannelNewPage } from '../views/admin-channel-new-page.tsx';
import { AdminChannelsPage } from '../views/admin-channels-page.tsx';
import { emptyChannelValues, sentChannelValues } from '../views/channel-form.tsx';
import { renderChannelAdmin } from './admin-channel-routes.tsx';
import { loadAdminChannel, settingsOptions } from './admin-support.ts';
import { channelSubject } from './channel-access.ts';

type FormFields = Record<string, string | string[]>;

/** Field errors of a command's 422, or null for any other error (which is then thrown on). */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  return error instanceof HttpError && error.status === 422 && Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : null;
}

async function newChannelProcess(context: AppContext, request: FastifyRequest) {
  authorize(context.authorizer, request, 'statements.admin.list');
  const processId = String((request.query as { process?: unknown }).process ?? '').slice(0, 64);
  const process = processId ? await findProcessById(context.db, request.identity.actor.organisationId, processId) : undefined;
  if (!process) throw notFound();
  authorize(context.authorizer, request, 'statements.channel.create', process);
  return process;
}

async function renderNew(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  process: { id: string; title: { fi: string } },
  form: { values: ReturnType<typeof emptyChannelValues>; seedStatements: string; seedLanguage: string; errors?: FieldErrors },
  status = 200,
) {
  const options = await settingsOptions(context, request, process.id);
  return renderPage(context, request, reply, <AdminChannelNewPage process={process} {...form} {...options} />, status);
}

/** The statements admin: the list of channels, setting up a channel, and its settings page. */
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
    const process = await newChannelProcess(context, request);
    return renderNew(context, request, reply, process, { values: emptyChannelValues(), seedStatements: '', seedLanguage: request.locale });
  });

  page(app, 'POST', '/admin/statements/new', async (request, reply) => {
    const process = await newChannelProcess(context, request);
    const form = unflattenForm((request.body ?? {}) as FormFields);
    const sent = {
      values: sentChannelValues(form),
      seedStatements: typeof form.seedStatements === 'string' ? form.seedStatements : '',
      seedLanguage: typeof form.seedLanguage === 'string' ? form.seedLanguage : 'fi',
    };
    const settings = check(channelSettingsSchema, form);
    const seeds = check(addStatementsSchema, form);
    if (!settings.ok || !seeds.ok) {
      const errors = { ...(settings.ok ? {} : settings.errors), ...(seeds.ok ? {} : seeds.errors) };
      return renderNew(context, request, reply, process, { ...sent, errors }, 422);
    }
    const input = {
      processId: process.id,
      settings: settings.data,
      seedStatements: seeds.data.seedStatements,
      seedLanguage: seeds.data.seedLanguage,
    };
    let id: string;
    try {
      id = await createChannel(context.db, request.identity.actor, input, request.organisation.timeZone, context.clock.now());
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderNew(context, request, reply, process, { ...sent, errors }, 422);
    }
    setFlash(reply, 'statements.admin.created');
    return reply.redirect(`/${request.locale}/admin/statements/${id}`, 303);
  });

  page(app, 'GET', '/admin/statements/:id', async (request, reply) => {
    const loaded = await loadAdminChannel(context, request, (request.params as { id: string }).id, 'statements.channel.manage');
    return renderChannelAdmin(context, request, reply, loaded, {});
  });

  page(app, 'POST', '/admin/statements/:id', async (request, reply) => {
    const loaded = await loadAdminChannel(context, request, (request.params as { id: string }).id, 'statements.channel.manage');
    const form = unflattenForm((request.body ?? {}) as FormFields);
    const values = sentChannelValues(form);
    const settings = check(channelSettingsSchema, form);
    if (!settings.ok) return renderChannelAdmin(context, request, reply, loaded, { values, errors: settings.errors }, 422);
    try {
      await updateChannel(
        context.db,
        request.identity.actor,
        loaded.channel.id,
        settings.data,
        request.organisation.timeZone,
        context.clock.now(),
      );
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return renderChannelAdmin(context, request, reply, loaded, { values, errors }, 422);
    }
    setFlash(reply, 'statements.admin.saved');
    return reply.redirect(`/${request.locale}/admin/statements/${loaded.channel.id}`, 303);
  });
}
