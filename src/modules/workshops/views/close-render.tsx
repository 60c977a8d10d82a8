import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { currentPrompt, type WorkshopState } from '../model.ts';
import { type RowChange, withSpareRows } from '../outcome-form.ts';
import { buildWalls, rankWall } from '../wall.ts';
import { ClosePage, type OutcomeRow } from './close-page.tsx';

/** The clusters of every prompt as outcome rows, most dots first: what a seminar's closing step starts from. */
function outcomeRows(state: WorkshopState) {
  const prompt = currentPrompt(state);
  if (!prompt) return [];
  return buildWalls(state, prompt, { participantId: null, seeAll: true, showVotes: true })
    .flatMap(rankWall)
    .filter((item) => item.type === 'cluster')
    .sort((a, b) => b.votes - a.votes)
    .map((item) => ({ text: item.label, clusterId: item.id }));
}

/** What the closing form shows besides the workshop: its rows, and after a refusal or a row's button, what to say. */
export interface CloseForm {
  rows?: OutcomeRow[];
  errors?: FieldErrors | undefined;
  notice?: RowChange['notice'];
  focus?: RowChange['focus'];
}

/** The closing step: a seminar's outcome rows (prefilled from its clusters) or a workshop's plain confirmation. */
export function renderClose(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  state: WorkshopState,
  form: CloseForm = {},
  status = 200,
) {
  const clusters = state.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }));
  return renderPage(
    context,
    request,
    reply,
    <ClosePage
      workshop={state.workshop}
      rows={form.rows ?? withSpareRows(outcomeRows(state))}
      clusters={clusters}
      errors={form.errors}
      notice={form.notice}
      focus={form.focus}
    />,
    status,
  );
}
