import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { newToken } from '../../../platform/db/ids.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessById, type Process } from '../../processes/index.ts';
import type { Workshop } from '../model.ts';
import type { ResultsSubject } from '../permissions.ts';
import { findParticipant, type Participant, type Requester } from '../queries/find-participant.ts';
import { findWorkshop } from '../queries/find-workshop.ts';

/** The signed cookie that lets a phone without an account stay the same participant. */
export const PARTICIPANT_COOKIE = 'tarina_workshop';

/** Ids we make are UUIDs; anything else cannot name a workshop (404 without a query). */
const ID_PATTERN = /^[0-9a-f-]{36}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The requester: the account, else the browser's signed cookie (when it has one). */
export function requesterOf(request: FastifyRequest): Requester {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const raw = request.cookies[PARTICIPANT_COOKIE];
  if (!raw) return { userId: null, browserKey: null };
  const unsigned = request.unsignCookie(raw);
  return { userId: null, browserKey: unsigned.valid && unsigned.value ? hashToken(unsigned.value) : null };
}

/** The requester, giving a browser without an account its signed cookie first if it has none. */
export function ensureRequester(context: AppContext, request: FastifyRequest, reply: FastifyReply): Requester {
  const requester = requesterOf(request);
  if (requester.userId || requester.browserKey) return requester;
  const token = newToken(24);
  reply.setCookie(PARTICIPANT_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.publicUrl?.startsWith('https://') ?? false,
    signed: true,
    maxAge: 30 * 24 * 60 * 60,
  });
  return { userId: null, browserKey: hashToken(token) };
}

/** A workshop and where the requester stands in it. */
export interface Room {
  workshop: Workshop;
  process: Process;
  participant: Participant | undefined;
  facilitates: boolean;
}

/**
 * The workshop with this id and the requester's place in it. Unknown and
 * foreign ids answer 404; so does a workshop the requester has no part in
 * and whose results are not public in a process they may see.
 */
export async function loadRoom(context: AppContext, request: FastifyRequest, id: string): Promise<Room> {
  if (!ID_PATTERN.test(id)) throw notFound();
  const actor = request.identity.actor;
  const workshop = await findWorkshop(context.db, actor.organisationId, id);
  if (!workshop) throw notFound();
  const process = await findProcessById(context.db, actor.organisationId, workshop.processId);
  if (!process) throw notFound();
  const facilitates = context.authorizer.can(actor, 'workshops.workshop.facilitate', { processId: workshop.processId });
  const participant = facilitates ? undefined : await findParticipant(context.db, actor.organisationId, workshop.id, requesterOf(request));
  const room = { workshop, process, participant, facilitates };
  const publicResults = workshop.resultsPublic && context.authorizer.can(actor, 'processes.process.view', process);
  const analyses = context.authorizer.can(actor, 'workshops.results.export', { processId: workshop.processId });
  if (!facilitates && !participant && !publicResults && !analyses) throw notFound();
  return room;
}

/** What the results rule needs of a room. */
export function resultsSubject(room: Room): ResultsSubject {
  return { processId: room.workshop.processId, resultsPublic: room.workshop.resultsPublic, participantId: room.participant?.id ?? null };
}
