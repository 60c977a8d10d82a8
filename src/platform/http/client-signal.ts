import type { FastifyReply } from 'fastify';

const signals = new WeakMap<FastifyReply, AbortSignal>();

/**
 * Aborts when the request's connection closes before its answer was sent: the client gave up
 * (a timeout, a closed tab) and nobody will read what the request would have answered.
 */
export function clientSignal(reply: FastifyReply): AbortSignal {
  const known = signals.get(reply);
  if (known) return known;
  const controller = new AbortController();
  const response = reply.raw;
  if (response.destroyed && !response.writableFinished) controller.abort();
  else response.once('close', () => !response.writableFinished && controller.abort());
  signals.set(reply, controller.signal);
  return controller.signal;
}
