import type { FastifyReply } from 'fastify';
import type { LoadCall } from '../../../platform/actions/action.ts';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { ObjectiveOption } from '../../goals/index.ts';
import type { RecordScene } from '../loaders.ts';
import type { Commitment } from '../model.ts';
import { CommitmentPage } from '../views/commitment-follow-up.tsx';

/** A commitment's follow-up page (GET, or its form again after a refusal, with what was chosen). */
export function renderCommitmentPage(
  call: Pick<LoadCall<unknown>, 'context' | 'request'>,
  reply: FastifyReply,
  scene: RecordScene & { commitment: Commitment; objectives: ObjectiveOption[] },
  values: { status: string; objectiveId: string },
  errors?: FieldErrors,
  httpStatus = 200,
) {
  return renderPage(
    call.context,
    call.request,
    reply,
    <CommitmentPage scene={scene} commitment={scene.commitment} objectives={scene.objectives} values={values} errors={errors} />,
    httpStatus,
  );
}
