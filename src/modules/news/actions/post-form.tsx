import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listProcessOptions } from '../../processes/index.ts';
import { PostFormPage } from '../views/post-form-page.tsx';
import type { PostFormValues } from '../views/post-form-values.ts';
import { postFormValuesOf } from '../views/post-form-values.ts';

/** The processes the actor may post in, for the form's choices. */
export async function manageableProcesses(call: Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>) {
  const processes = await listProcessOptions(call.context.db, call.request.organisation.id);
  return processes.filter((process) => call.context.authorizer.can(call.actor, 'news.post.manage', { processId: process.id }));
}

/** The post form page (create or edit), with what was typed and what is wrong with it. */
export async function renderPostForm(
  call: Pick<LoadCall<unknown>, 'context' | 'request' | 'actor'>,
  reply: FastifyReply,
  form: { mode: 'create' | 'edit'; action: string; values: PostFormValues; errors?: FormState['errors'] },
  status = 200,
) {
  const processes = await manageableProcesses(call);
  return renderPage(call.context, call.request, reply, <PostFormPage {...form} processes={processes} />, status);
}

/** The form again after a refusal: the values as typed. */
export function postFormAgain(mode: 'create' | 'edit', action: (call: LoadCall<unknown>) => string) {
  return (call: LoadCall<unknown>, reply: FastifyReply, state: FormState, status: number) =>
    renderPostForm(call, reply, { mode, action: action(call), values: postFormValuesOf(state.values), errors: state.errors }, status);
}
