import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { AdminBody, AdminMember } from '../queries/admin-bodies.ts';
import type { Process } from '../queries/find-process.ts';
import { AdminMemberFormPage } from '../views/admin-member-form-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
type Call<Subject> = LoadCall<unknown> & { subject: Subject };

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
