import type { FastifyReply } from 'fastify';
import type { LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { todayIn } from '../../processes/index.ts';
import type { RecordScene } from '../loaders.ts';
import type { RecordFormValues } from '../views/record-form.tsx';
import { RecordPage } from '../views/record-page.tsx';

/** A work community's dialogue page (GET, or the record's form again after a refusal). */
export function renderRecordPage(
  call: Pick<LoadCall<unknown>, 'context' | 'request'>,
  reply: FastifyReply,
  scene: RecordScene,
  values: RecordFormValues,
  errors?: FieldErrors,
  status = 200,
) {
  const today = todayIn(call.context.clock.now(), call.request.organisation.timeZone);
  return renderPage(call.context, call.request, reply, <RecordPage scene={scene} today={today} values={values} errors={errors} />, status);
}
