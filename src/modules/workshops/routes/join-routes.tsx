import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FieldErrors, HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { joinWorkshop } from '../commands/join-workshop.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import type { Workshop } from '../model.ts';
import { findParticipant } from '../queries/find-participant.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { joinCodeFormSchema, joinCodeSchema, joinDetailsSchema } from '../schemas.ts';
import { JoinCodePage, JoinDetailsPage } from '../views/join-page.tsx';
import { ensureRequester, requesterOf } from './access.ts';
import { requireJoinAccess, workshopForCode } from './join-access.ts';
import { JOIN_RATE_LIMIT } from './rate-limits.ts';

type Body = Record<string, string | string[]>;
const JOIN_LIMIT = { config: { rateLimit: JOIN_RATE_LIMIT } };

/** The workshop a code in the path names (404 for a wrong code, 410 for an expired one). */
async function workshopOfPath(context: AppContext, request: FastifyRequest): Promise<Workshop> {
  const parsed = joinCodeSchema.safeParse((request.params as { code?: string }).code);
  if (!parsed.success) throw new HttpError(404, 'unknown-code', 'workshops.join.unknownCode');
  return workshopForCode(context, request, parsed.data);
}

async function renderDetails(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  workshop: Workshop,
  form: { values: { displayName?: string | undefined; groupId?: string | undefined }; errors?: FieldErrors },
  status = 200,
) {
  const state = await loadWorkshopState(context.db, workshop.organisationId, workshop.id);
  return renderPage(context, request, reply, <JoinDetailsPage workshop={workshop} groups={state?.groups ?? []} {...form} />, status);
}

/** Joining: type the code at /join, or open the join address /join/CODE; then a name and group if asked, and in. */
export function registerJoinRoutes(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
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
        if (!(error instanceof HttpError)) throw error;
        const errors = { code: { key: error.messageKey } };
        return renderPage(context, request, reply, <JoinCodePage code={code} errors={errors} />, error.status);
      }
    },
    JOIN_LIMIT,
  );

  page(app, 'GET', '/join/:code', async (request, reply) => {
    const workshop = await workshopOfPath(context, request);
    await requireJoinAccess(context, request, workshop);
    const existing = await findParticipant(context.db, workshop.organisationId, workshop.id, requesterOf(request));
    if (existing) return reply.redirect(`/${request.locale}/workshops/${workshop.id}`, 303);
    return renderDetails(context, request, reply, workshop, { values: { displayName: request.identity.user?.displayName } });
  });

  page(
    app,
    'POST',
    '/join/:code',
    async (request, reply) => {
      const workshop = await workshopOfPath(context, request);
      await requireJoinAccess(context, request, workshop);
      const fields = unflattenForm((request.body ?? {}) as Body);
      const values = { displayName: fields.displayName as string | undefined, groupId: fields.groupId as string | undefined };
      const checked = check(joinDetailsSchema, fields);
      if (!checked.ok) return renderDetails(context, request, reply, workshop, { values, errors: checked.errors }, 422);
      const requester = ensureRequester(context, request, reply);
      try {
        const details = { ...checked.data, accountName: request.identity.user?.displayName ?? null };
        await joinWorkshop(context.db, workshop, requester, details, context.clock.now());
      } catch (error) {
        if (!(error instanceof HttpError) || Object.keys(error.fieldErrors).length === 0) throw error;
        return renderDetails(context, request, reply, workshop, { values, errors: error.fieldErrors }, error.status);
      }
      await live.changed(workshop);
      return reply.redirect(`/${request.locale}/workshops/${workshop.id}`, 303);
    },
    JOIN_LIMIT,
  );
}
