import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { parse } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadFacilitatedState } from '../loaders.ts';
import { currentPrompt, type WorkshopState } from '../model.ts';
import { idParamsSchema, idSchema } from '../schemas.ts';
import { renderClose } from '../views/close-render.tsx';
import { ConsolePage } from '../views/console-page.tsx';
import { ConsoleWalls } from '../views/console-wall.tsx';
import { sendFragment } from '../views/fragment.tsx';
import { NoteActionsPage } from '../views/note-actions-page.tsx';
import { buildWalls } from '../wall.ts';

/** The join page of this site, with its scheme (for the QR code); JoinInfo shows it without. */
export function joinAddress(context: AppContext, request: FastifyRequest): string {
  const origin = context.config.publicUrl ?? `${request.protocol}://${request.host}`;
  return `${origin.replace(/\/$/, '')}/${request.locale}/join`;
}

function facilitatedState(context: AppContext, request: FastifyRequest) {
  return loadFacilitatedState(context, request, parse(idParamsSchema, request.params).id);
}

function consoleWalls(state: WorkshopState) {
  const prompt = currentPrompt(state);
  return {
    prompt,
    walls: prompt ? buildWalls(state, prompt, { participantId: null, seeAll: true, showVotes: true, showHidden: true }) : [],
  };
}

/** The facilitator's console, its live wall fragment, a note's actions as forms, and the closing step; their posts are the module's actions. */
export function registerConsoleRoutes(app: FastifyInstance, context: AppContext): void {
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

  page(app, 'GET', '/admin/workshops/:id/close', async (request, reply) => {
    const { state } = await facilitatedState(context, request);
    return renderClose(context, request, reply, state);
  });
}
