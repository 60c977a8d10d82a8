import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { addStatements } from '../commands/add-statements.ts';
import { recomputeOpinionGroups } from '../computation/recompute-opinion-groups.ts';
import { EXPORT_FILES } from '../csv/polis-export.ts';
import type { Channel } from '../model.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { listStatements } from '../queries/list-statements.ts';
import { countVotes } from '../queries/vote-totals.ts';
import { addStatementsSchema } from '../schemas.ts';
import { AdminChannelPage } from '../views/admin-channel-page.tsx';
import { type ChannelFormValues, channelValues } from '../views/channel-form.tsx';
import { loadAdminChannel, settingsOptions } from './admin-support.ts';

type FormFields = Record<string, string | string[]>;

/** Renders a channel's admin page, with a form's sent values and errors when they need showing again. */
export async function renderChannelAdmin(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  loaded: { channel: Channel; process: Process },
  form: { values?: ChannelFormValues; errors?: FieldErrors; addForm?: { text: string; language: string; errors?: FieldErrors } },
  status = 200,
) {
  const { channel, process } = loaded;
  const organisationId = request.identity.actor.organisationId;
  const snapshot = await findLatestSnapshot(context.db, organisationId, channel.id);
  const props = {
    channel,
    process,
    values: form.values ?? channelValues(channel, request.organisation.timeZone),
    ...(await settingsOptions(context, request, process.id)),
    errors: form.errors,
    statements: await listStatements(context.db, organisationId, channel.id),
    totals: await countVotes(context.db, organisationId, channel.id),
    computedAt: snapshot?.computedAt ?? null,
    groupCount: snapshot ? snapshot.result.groups.length : null,
    addForm: form.addForm ?? { text: '', language: request.locale },
    exportLinks: EXPORT_FILES.map((file) => ({ file, href: `/api/v1/statements/${channel.id}/export/${file}` })),
  };
  return renderPage(context, request, reply, <AdminChannelPage {...props} />, status);
}

/** Adding statements to a channel, and computing its opinion groups now. */
export function registerChannelAdminRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'POST', '/admin/statements/:id/statements', async (request, reply) => {
    const loaded = await loadAdminChannel(context, request, (request.params as { id: string }).id, 'statements.channel.manage');
    const form = unflattenForm((request.body ?? {}) as FormFields);
    const checked = check(addStatementsSchema, form);
    if (!checked.ok) {
      const addForm = {
        text: typeof form.seedStatements === 'string' ? form.seedStatements : '',
        language: typeof form.seedLanguage === 'string' ? form.seedLanguage : 'fi',
        errors: checked.errors,
      };
      return renderChannelAdmin(context, request, reply, loaded, { addForm }, 422);
    }
    const input = { texts: checked.data.seedStatements, language: checked.data.seedLanguage };
    await addStatements(context.db, request.identity.actor, loaded.channel.id, input, context.clock.now());
    setFlash(reply, 'statements.admin.added');
    return reply.redirect(`/${request.locale}/admin/statements/${loaded.channel.id}`, 303);
  });

  page(app, 'POST', '/admin/statements/:id/recompute', async (request, reply) => {
    const loaded = await loadAdminChannel(context, request, (request.params as { id: string }).id, 'statements.channel.manage');
    await recomputeOpinionGroups(context, loaded.channel.id);
    setFlash(reply, 'statements.admin.recomputed');
    return reply.redirect(`/${request.locale}/admin/statements/${loaded.channel.id}`, 303);
  });
}
