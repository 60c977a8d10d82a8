import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Workshop } from '../model.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { JoinDetailsPage } from './join-page.tsx';

/** The join details form (a name and a group when asked), again with what was typed after a refusal. */
export async function renderJoinDetails(
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
