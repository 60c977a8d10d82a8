import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderQueue } from '../actions/moderation-queue.tsx';
import { loadManagedChannel } from '../admin-channel.ts';

/** The moderation queue: moderators of the process (and its managers) publish or hide what participants wrote (`statements.statement.moderate`). */
export function registerModerationRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/statements/:id/moderation', async (request, reply) => {
    const { channel } = await loadManagedChannel(context, request, (request.params as { id: string }).id, 'statements.statement.moderate');
    return renderQueue(context, request, reply, channel);
  });
}
