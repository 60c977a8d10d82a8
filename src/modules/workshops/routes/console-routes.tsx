import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../platform/authz/authz.ts';
import { found } from '../../../platform/http/api.ts';
import { authorize } from '../../../platform/http/authorize.ts';
import { type FieldErrors, HttpError, notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check, parse, unflattenForm } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { closeWorkshop } from '../commands/close-workshop.ts';
import { reopenWorkshop } from '../commands/reopen-workshop.ts';
import type { WorkshopLive } from '../live/workshop-live.ts';
import { currentPrompt, type WorkshopState } from '../model.ts';
import { loadWorkshopState } from '../queries/load-workshop-state.ts';
import { idParamsSchema, idSchema, outcomeSchema } from '../schemas.ts';
import { ClosePage, type OutcomeRow } from '../views/close-page.tsx';
import { ConsolePage } from '../views/console-page.tsx';
import { ConsoleWalls } from '../views/console-wall.tsx';
import { sendFragment } from '../views/fragment.tsx';
import { NoteActionsPage } from '../views/note-actions-page.tsx';
import { buildWalls, rankWall } from '../wall.ts';
import { loadRoom, type Room } from './access.ts';
import { FACILITATOR_ACTIONS, isFacilitatorAction } from './facilitator-actions.ts';
import { changeRows, postedRows, type RowChange, withSpareRows } from './outcome-form.ts';

type Body = Record<string, string | string[]>;

/** The join page of this site, with its scheme (for the QR code); JoinInfo shows it without. */
export function joinAddress(context: AppContext, request: FastifyRequest): string {
  const origin = context.config.publicUrl ?? `${request.protocol}://${request.host}`;
  return `${origin.replace(/\/$/, '')}/${request.locale}/join`;
}

async function facilitatedState(context: AppContext, request: FastifyRequest): Promise<{ room: Room; state: WorkshopState }> {
  const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
  authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
  const state = found(await loadWorkshopState(context.db, room.workshop.organisationId, room.workshop.id));
  return { room, state };
}

function consoleWalls(state: WorkshopState) {
  const prompt = currentPrompt(state);
  return {
    prompt,
    walls: prompt ? buildWalls(state, prompt, { participantId: null, seeAll: true, showVotes: true, showHidden: true }) : [],
  };
}

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
interface CloseForm {
  rows?: OutcomeRow[];
  errors?: FieldErrors | undefined;
  notice?: RowChange['notice'];
  focus?: RowChange['focus'];
}

function renderClose(
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

/** The facilitator's console, its live wall fragment, its plain-form actions, and the closing step. */
export function registerConsoleRoutes(app: FastifyInstance, context: AppContext, live: WorkshopLive): void {
  page(app, 'GET', '/admin/workshops/:id', async (request, reply) => {
    const { state } = await facilitatedState(context, request);
    const { prompt, walls } = consoleWalls(state);
    return renderPage(
      context,
      request,
      reply,
      <ConsolePage
        workshop={state.workshop}
        prompts={state.prompts}
        current={prompt}
        walls={walls}
        participantCount={state.participantCount}
        joinUrl={joinAddress(context, request)}
      />,
    );
  });

  page(app, 'GET', '/admin/workshops/:id/wall', async (request, reply) => {
    const { state } = await facilitatedState(context, request);
    const { prompt, walls } = consoleWalls(state);
    return sendFragment(
      context,
      request,
      reply,
      <ConsoleWalls workshopId={state.workshop.id} prompt={prompt} walls={walls} version={state.workshop.version} />,
    );
  });

  // A note's actions without the script: what the console's per-note menu offers, as forms.
  page(app, 'GET', '/admin/workshops/:id/notes/:noteId', async (request, reply) => {
    const { noteId } = parse(z.object({ noteId: idSchema }), request.params);
    const { state } = await facilitatedState(context, request);
    const note = state.notes.find((candidate) => candidate.id === noteId && candidate.mergedIntoId === null);
    if (!note) throw notFound();
    const clusters = state.clusters.filter((cluster) => cluster.promptId === note.promptId && cluster.groupId === note.groupId);
    const siblings = note.clusterId
      ? state.notes.filter(
          (other) => other.clusterId === note.clusterId && other.mergedIntoId === null && other.hiddenAt === null && other.id !== note.id,
        )
      : [];
    return renderPage(
      context,
      request,
      reply,
      <NoteActionsPage workshop={state.workshop} note={note} clusters={clusters} siblings={siblings} />,
    );
  });

  page(app, 'POST', '/admin/workshops/:id/actions/:action', async (request, reply) => {
    const { action } = parse(z.object({ action: z.string().max(40) }), request.params);
    if (!isFacilitatorAction(action)) throw notFound();
    const room = await loadRoom(context, request, parse(idParamsSchema, request.params).id);
    authorize(context.authorizer, request, 'workshops.workshop.facilitate', room.workshop);
    const definition = FACILITATOR_ACTIONS[action];
    const input = parse(definition.schema, unflattenForm((request.body ?? {}) as Body));
    await (definition.run as (c: AppContext, w: Room['workshop'], i: unknown, a: Actor) => Promise<unknown>)(
      context,
      room.workshop,
      input,
      request.identity.actor,
    );
    await live.changed(room.workshop);
    const anchor = (definition.anchor as (i: unknown) => string)(input);
    return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}#${anchor}`, 303);
  });

  page(app, 'GET', '/admin/workshops/:id/close', async (request, reply) => {
    const { state } = await facilitatedState(context, request);
    return renderClose(context, request, reply, state);
  });

  page(app, 'POST', '/admin/workshops/:id/close', async (request, reply) => {
    const { room, state } = await facilitatedState(context, request);
    const fields = unflattenForm((request.body ?? {}) as Body);
    const seminar = room.workshop.kind === 'seminar';
    const rows = postedRows(fields);
    let outcome = null;
    if (seminar) {
      // A row moved or added: the form comes back reordered, nothing is saved yet.
      const change = changeRows(rows, fields);
      if (change) return renderClose(context, request, reply, state, change);
      const checked = check(outcomeSchema, fields);
      if (!checked.ok) return renderClose(context, request, reply, state, { rows, errors: checked.errors }, 422);
      outcome = checked.data.items;
    }
    try {
      await closeWorkshop(context.db, request.identity.actor, room.workshop, outcome, context.clock.now());
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 422) throw error;
      return renderClose(context, request, reply, state, { rows: seminar ? rows : [], errors: error.fieldErrors }, 422);
    }
    await live.changed(room.workshop);
    setFlash(reply, seminar ? 'workshops.close.closedSeminar' : 'workshops.close.closed');
    return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}`, 303);
  });

  page(app, 'POST', '/admin/workshops/:id/reopen', async (request, reply) => {
    const { room } = await facilitatedState(context, request);
    await reopenWorkshop(context.db, request.identity.actor, room.workshop, context.clock.now());
    await live.changed(room.workshop);
    setFlash(reply, room.workshop.kind === 'seminar' ? 'workshops.console.reopenedSeminar' : 'workshops.console.reopened');
    return reply.redirect(`/${request.locale}/admin/workshops/${room.workshop.id}`, 303);
  });
}
