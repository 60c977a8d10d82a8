import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { renderFollowPage } from '../actions/follow-form.tsx';
import { linkInvalid } from '../commands/confirm-follow.ts';
import { loadFollowableProcess, loadLinkedFollow } from '../loaders.ts';
import { processParamsSchema, tokenParamsSchema } from '../schemas.ts';
import { ConfirmPage, SubscriptionPage } from '../views/link-pages.tsx';

/** A mailed link's token from the path; a malformed one is answered like an unknown one (410). */
function tokenOf(params: unknown): string {
  const checked = check(tokenParamsSchema, params);
  if (!checked.ok) throw linkInvalid();
  return checked.data.token;
}

/** The follow page of a process and the pages of the mailed links; their forms post to the module's actions. */
export function registerFollowsPageRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/processes/:slug/follow', async (request, reply) => {
    const params = check(processParamsSchema, request.params);
    const slug = params.ok ? params.data.slug : '';
    const process = await loadFollowableProcess(context, request.identity.actor, slug);
    return renderFollowPage({ context, request }, reply, process);
  });
  page(app, 'GET', '/follows/confirm/:token', async (request, reply) => {
    const token = tokenOf(request.params);
    const { process } = await loadLinkedFollow(context, request.organisation.id, token, 'confirm', context.clock.now());
    return renderPage(context, request, reply, <ConfirmPage token={token} process={process} />);
  });
  for (const path of ['/follows/unsubscribe/:token', '/follows/manage/:token']) {
    page(app, 'GET', path, async (request, reply) => {
      const token = tokenOf(request.params);
      const { follow, process } = await loadLinkedFollow(context, request.organisation.id, token, 'unsubscribe', context.clock.now());
      return renderPage(context, request, reply, <SubscriptionPage token={token} process={process} email={follow.email} />);
    });
  }
}
