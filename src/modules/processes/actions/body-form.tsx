import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { type AdminBody, listBodiesForAdmin } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { AdminBodyFormPage } from '../views/admin-body-form-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
type Call<Subject> = LoadCall<unknown> & { subject: Subject };

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
