import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../queries/find-process.ts';
import { AdminProcessEditPage } from '../views/admin-process-edit-page.tsx';
import { processFormValues } from '../views/admin-process-fields.tsx';
import { AdminProcessNewPage } from '../views/admin-process-new-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
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
