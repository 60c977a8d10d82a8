import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { type AdminBody, type AdminMember, listBodiesForAdmin } from '../queries/admin-bodies.ts';
import { type AdminPhase, listPhasesForAdmin } from '../queries/admin-phases.ts';
import type { AdminTimelineItem } from '../queries/admin-timeline.ts';
import type { Process } from '../queries/find-process.ts';
import { AdminBodyFormPage } from '../views/admin-body-form-page.tsx';
import type { FormValues } from '../views/admin-form-values.ts';
import { AdminMemberFormPage } from '../views/admin-member-form-page.tsx';
import { AdminPhaseFormPage } from '../views/admin-phase-form-page.tsx';
import { AdminProcessEditPage } from '../views/admin-process-edit-page.tsx';
import { processFormValues } from '../views/admin-process-fields.tsx';
import { AdminProcessNewPage } from '../views/admin-process-new-page.tsx';
import { AdminSectorFormPage } from '../views/admin-sector-form-page.tsx';
import { AdminTimelineFormPage } from '../views/admin-timeline-form-page.tsx';

/**
 * The admin forms shown again after a refusal, with what was typed and what is wrong with it
 * (the status is the platform's: 422 for input to fix).
 */

type Call<Subject> = LoadCall<unknown> & { subject: Subject };

/** The new-process form again. */
export function processNewFormAgain(call: Call<undefined>, reply: FastifyReply, state: FormState, status: number) {
  return renderPage(call.context, call.request, reply, <AdminProcessNewPage values={state.values} errors={state.errors} />, status);
}

/** A process's edit form again with the values as typed. */
export function processEditFormAgain(call: Call<Process>, reply: FastifyReply, state: FormState, status: number) {
  const page = <AdminProcessEditPage process={call.subject} values={state.values} errors={state.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}

/** A process's edit page again after a refused visibility: the saved values, the error at the visibility. */
export function visibilityFormAgain(call: Call<Process>, reply: FastifyReply, state: FormState, status: number) {
  const page = <AdminProcessEditPage process={call.subject} values={processFormValues(call.subject)} errors={state.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}

/** A phase form (new or edit) again. */
export function phaseFormAgain(
  call: Call<Process | { process: Process; phase: AdminPhase }>,
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { process, phase } = 'phase' in call.subject ? call.subject : { process: call.subject, phase: undefined };
  const page = <AdminPhaseFormPage process={process} {...(phase ? { phase } : {})} values={state.values} errors={state.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}

/** A body form (new or edit) again, with the bodies to choose the parent from. */
export async function bodyFormAgain(
  call: Call<Process | { process: Process; body: AdminBody }>,
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { process, body } = 'body' in call.subject ? call.subject : { process: call.subject, body: undefined };
  const bodies = await listBodiesForAdmin(call.context.db, call.request.organisation.id, process.id);
  const page = (
    <AdminBodyFormPage process={process} {...(body ? { body } : {})} bodies={bodies} values={state.values} errors={state.errors} />
  );
  return renderPage(call.context, call.request, reply, page, status);
}

/** A member form (new or edit) again. */
export function memberFormAgain(
  call: Call<{ process: Process; body: AdminBody; member?: AdminMember }>,
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { process, body, member } = call.subject;
  const page = (
    <AdminMemberFormPage process={process} body={body} {...(member ? { member } : {})} values={state.values} errors={state.errors} />
  );
  return renderPage(call.context, call.request, reply, page, status);
}

/** The new-sector form again. */
export function sectorFormAgain(call: Call<{ process: Process; body: AdminBody }>, reply: FastifyReply, state: FormState, status: number) {
  const page = <AdminSectorFormPage process={call.subject.process} body={call.subject.body} values={state.values} errors={state.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}

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
export function timelineFormAgain(
  call: Call<Process | { process: Process; item: AdminTimelineItem }>,
  reply: FastifyReply,
  state: FormState,
  status: number,
) {
  const { process, item } = 'item' in call.subject ? call.subject : { process: call.subject, item: undefined };
  const form = { process, ...(item ? { item } : {}), values: state.values, errors: state.errors };
  return renderTimelineForm(call.context, call, reply, form, status);
}
