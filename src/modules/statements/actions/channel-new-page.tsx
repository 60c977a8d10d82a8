import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { settingsOptions } from '../admin-channel.ts';
import { AdminChannelNewPage } from '../views/admin-channel-new-page.tsx';
import type { emptyChannelValues } from '../views/channel-form.tsx';

/** The page that sets up a channel in a process: its settings and its first statements. */
export async function renderNewChannel(
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
