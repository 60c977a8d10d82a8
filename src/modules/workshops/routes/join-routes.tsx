import type { FastifyInstance } from 'fastify';
import { refuse } from '../../../platform/domain/refusal.ts';
import { page } from '../../../platform/http/paths.ts';
import { toProblem } from '../../../platform/http/problems.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { requesterOf } from '../access.ts';
import { requireJoinAccess, workshopForCode } from '../join-access.ts';
import { workshopOfPath } from '../loaders.ts';
import { findParticipant } from '../queries/find-participant.ts';
import { findWorkshop } from '../queries/find-workshop.ts';
import { JOIN_RATE_LIMIT } from '../rate-limits.ts';
import { joinCodeFormSchema } from '../schemas.ts';
import { JoinCodePage } from '../views/join-page.tsx';
import { renderJoinDetails } from '../views/join-render.tsx';

type Body = Record<string, string | string[]>;
const JOIN_LIMIT = { config: { rateLimit: JOIN_RATE_LIMIT } };

/** Joining: type the code at /join, or open the join address /join/CODE; then a name and group if asked (the module's join action), and in. */
export function registerJoinRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/join', async (request, reply) => renderPage(context, request, reply, <JoinCodePage />));

  page(
    app,
    'POST',
    '/join',
    async (request, reply) => {
      const fields = unflattenForm((request.body ?? {}) as Body);
      const code = typeof fields.code === 'string' ? fields.code : '';
      const checked = check(joinCodeFormSchema, fields);
      if (!checked.ok) return renderPage(context, request, reply, <JoinCodePage code={code} errors={checked.errors} />, 422);
      try {
        const workshop = await workshopForCode(context, request, checked.data.code);
        return reply.redirect(`/${request.locale}/join/${workshop.joinCode}`, 303);
      } catch (error) {
        const problem = toProblem(error);
        if (problem.status >= 500) throw error;
        const errors = { code: { key: problem.messageKey } };
        return renderPage(context, request, reply, <JoinCodePage code={code} errors={errors} />, problem.status);
      }
    },
    JOIN_LIMIT,
  );

  page(app, 'GET', '/join/:code', async (request, reply) => {
    const workshop = await workshopOfPath(context, request, (request.params as { code?: string }).code);
    await requireJoinAccess(context, request, workshop);
    const existing = await findParticipant(context.db, workshop.organisationId, workshop.id, requesterOf(request));
    if (existing) return reply.redirect(`/${request.locale}/workshops/${workshop.id}`, 303);
    return renderJoinDetails(context, request, reply, workshop, { values: { displayName: request.identity.user?.displayName } });
  });

  // A session for a signed-in audience (anyone signed in, staff, chosen units or bodies) is opened
  // by its address: a signed-in member of its audience joins without typing the code (the code
  // alone lets no one else in either).
  page(app, 'GET', '/workshops/:id/join', async (request, reply) => {
    const id = (request.params as { id?: string }).id ?? '';
    const found = /^[0-9a-f-]{36}$/.test(id) ? await findWorkshop(context.db, request.organisation.id, id) : undefined;
    if (!found || found.access === 'code') throw refuse.notFound();
    const workshop = await workshopForCode(context, request, found.joinCode);
    await requireJoinAccess(context, request, workshop);
    return reply.redirect(`/${request.locale}/join/${workshop.joinCode}`, 303);
  });
}
