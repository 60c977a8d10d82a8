import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listBodiesForAdmin } from '../queries/admin-bodies.ts';
import { listPhasesForAdmin } from '../queries/admin-phases.ts';
import type { AdminTimelineItem } from '../queries/admin-timeline.ts';
import type { Process } from '../queries/find-process.ts';
import type { FormValues } from '../views/admin-form-values.ts';
import { AdminTimelineFormPage } from '../views/admin-timeline-form-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
type Call<Subject> = LoadCall<unknown> & { subject: Subject };

/** The timeline item form with the phases and bodies to choose from (the GET page shows it too). */
export async function renderTimelineForm(
  context: AppContext,
  call: Pick<LoadCall<unknown>, 'request'>,
  reply: FastifyReply,
  form: { process: Process; item?: AdminTimelineItem; values: FormValues; errors?: FieldErrors },
  status = 200,
) {
  const organisationId = call.request.organisation.id;
  const phases = await listPhasesForAdmin(context.db, organisationId, form.process.id);
  const bodies = await listBodiesForAdmin(context.db, organisationId, form.process.id);
  return renderPage(context, call.request, reply, <AdminTimelineFormPage {...form} phases={phases} bodies={bodies} />, status);
}

/** A timeline item form (new or edit) again. */
export function timelineItemFormAgain(
  call: Call<Process | { process: Process; item: AdminTimelineItem }>,
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { process, item } = 'item' in call.subject ? call.subject : { process: call.subject, item: undefined };
  const form = { process, ...(item ? { item } : {}), values: state.values, errors: state.errors };
  return renderTimelineForm(call.context, call, reply, form, status);
}
