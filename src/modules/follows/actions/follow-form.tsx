import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { Process } from '../../processes/index.ts';
import { findUserFollow } from '../queries/find-follow.ts';
import { FollowPage } from '../views/follow-page.tsx';

/** The follow page of a process: as first shown (GET), or again with the address as typed and what is wrong with it. */
export async function renderFollowPage(
  call: Pick<LoadCall<unknown>, 'context' | 'request'>,
  reply: FastifyReply,
  process: Process,
  form: Partial<FormState> = {},
  status = 200,
) {
  const user = call.request.identity.user;
  const following = user ? Boolean(await findUserFollow(call.context.db, call.request.organisation.id, user.id, process.id)) : null;
  const email = typeof form.values?.email === 'string' ? form.values.email : '';
  return renderPage(
    call.context,
    call.request,
    reply,
    <FollowPage process={process} following={following} email={email} errors={form.errors} />,
    status,
  );
}

/** The follow page again after a refusal (422): the address as typed, the error at its field. */
export function followFormAgain(call: LoadCall<unknown> & { subject: Process }, reply: FastifyReply, state: FormState, status: number) {
  return renderFollowPage(call, reply, call.subject, state, status);
}
