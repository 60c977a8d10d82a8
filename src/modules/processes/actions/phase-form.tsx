import type { FastifyReply } from 'fastify';
import type { FormState, LoadCall } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { AdminPhase } from '../queries/admin-phases.ts';
import type { Process } from '../queries/find-process.ts';
import { AdminPhaseFormPage } from '../views/admin-phase-form-page.tsx';

/** What a form gets from the platform: the call with its loaded subject. */
type Call<Subject> = LoadCall<unknown> & { subject: Subject };

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
