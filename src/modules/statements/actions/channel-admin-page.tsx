import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { settingsOptions } from '../admin-channel.ts';
import { EXPORT_FILES } from '../csv/polis-export.ts';
import type { Channel } from '../model.ts';
import { findLatestSnapshot } from '../queries/find-latest-snapshot.ts';
import { listStatements } from '../queries/list-statements.ts';
import { countVotes } from '../queries/vote-totals.ts';
import { AdminChannelPage } from '../views/admin-channel-page.tsx';
import { type ChannelFormValues, channelValues } from '../views/channel-form.tsx';

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
