import type { FastifyRequest } from 'fastify';

/** Logs a failed mail against the request; what the mail tells of stands. */
export function mailLog(request: FastifyRequest) {
  return (error: unknown, message: string) => request.log.error({ err: error }, message);
}
