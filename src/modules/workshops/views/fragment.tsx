import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { AppContext } from '../../../platform/module.ts';
import { ViewContext } from '../../../platform/views/context.ts';
import { viewContextOf } from '../../../platform/views/render.tsx';

/** Sends part of a page (no layout), rendered in the request's language: what a live script swaps in. */
export function sendFragment(context: AppContext, request: FastifyRequest, reply: FastifyReply, node: ComponentChildren) {
  const view = viewContextOf(request, reply, context, context.adminLinks);
  const html = renderToString(<ViewContext.Provider value={view}>{node}</ViewContext.Provider>);
  return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
