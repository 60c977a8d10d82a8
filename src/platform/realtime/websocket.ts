import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Largest message a live client may send; clients only listen, so this is small. */
export const MAX_CLIENT_MESSAGE_BYTES = 4096;

/**
 * Registers WebSocket support on an app scope once. @fastify/websocket listens
 * to the HTTP server's upgrade event, so registering it twice on one server
 * would route every upgrade twice: it belongs at the root once more than one
 * module has live routes.
 */
export async function registerWebSockets(app: FastifyInstance): Promise<void> {
  if (app.hasDecorator('websocketServer')) return;
  await app.register(websocket, { options: { maxPayload: MAX_CLIENT_MESSAGE_BYTES } });
}

/**
 * Answers whether a WebSocket upgrade comes from our own pages. Browsers send
 * cookies with cross-site upgrades and the same-origin policy does not apply
 * to WebSockets, so without this check another site could read a live room
 * with a visitor's session. Clients that send no Origin are not browsers.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
