import type { FastifyRequest } from 'fastify';
import { requesterOf } from './access.ts';

/**
 * Whom the room's rate limits count. A phone that has joined is known by its
 * signed participant cookie (a signed-in member by their account), so a hall
 * of phones behind one NAT address is hundreds of clients, not one; a browser
 * without either is counted by its address.
 */
export function roomRateKey(request: FastifyRequest): string {
  const requester = requesterOf(request);
  if (requester.browserKey) return `participant:${requester.browserKey}`;
  if (requester.userId) return `user:${requester.userId}`;
  return `address:${request.ip}`;
}

/** Joins per minute of one participant (or account), and of one address for browsers that have not joined yet. */
const JOINS_PER_CLIENT = 120;
/** A hall of phones behind one NAT address joins from that address at once: room for a large hall, still a ceiling. */
const JOINS_PER_ADDRESS = 3000;

/** Joining by code (API and forms). */
export const JOIN_RATE_LIMIT = {
  max: (_request: FastifyRequest, key: string) => (key.startsWith('address:') ? JOINS_PER_ADDRESS : JOINS_PER_CLIENT),
  timeWindow: '1 minute',
  keyGenerator: roomRateKey,
};

/** Writing and voting; the commands limit notes per participant (20 a minute), this only stops a runaway client. */
export const WRITE_RATE_LIMIT = { max: 600, timeWindow: '1 minute', keyGenerator: roomRateKey };
