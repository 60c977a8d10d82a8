import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { AdminBody } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { AdminSectorFormPage } from '../views/admin-sector-form-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
type Call<Subject> = LoadCall<unknown> & { subject: Subject };

/** The new-sector form again. */
export function sectorFormAgain(call: Call<{ process: Process; body: AdminBody }>, reply: FastifyReply, state: FormState, status: number) {
  const page = <AdminSectorFormPage process={call.subject.process} body={call.subject.body} values={state.values} errors={state.errors} />;
  return renderPage(call.context, call.request, reply, page, status);
}
