import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sharedRead } from '../../platform/db/shared-read.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { participantFor, participantOf, signedCookie } from '../../platform/participation/participant.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import type { Workshop } from './model.ts';
import type { ResultsSubject } from './permissions.ts';
import { findParticipant, type Participant, type Requester } from './queries/find-participant.ts';
import { findWorkshop } from './queries/find-workshop.ts';

/**
 * The cookie workshops gave phones before the platform's participant cookie.
 * Participants joined with it are stored under the SHA-256 of its secret, so
 * while a phone still has it (30 days from when it was set, not renewed) rooms
 * keep knowing the phone by it (docs/participation.md).
 */
export const PARTICIPANT_COOKIE = 'tarina_workshop';

/** Ids we make are UUIDs; anything else cannot name a workshop (404 without a query). */
const ID_PATTERN = /^[0-9a-f-]{36}$/;

/** The workshop a request is about, once a room or a join check has found it. */
const workshopOfRequest = new WeakMap<FastifyRequest, string>();

/** Notes the workshop a request is about, so that the requester is known by their pseudonym in it. */
export function rememberWorkshop(request: FastifyRequest, workshopId: string): void {
  workshopOfRequest.set(request, workshopId);
}

function legacyKey(request: FastifyRequest): string | null {
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  return secret ? createHash('sha256').update(secret).digest('hex') : null;
}

/**
 * The workshop as the platform's pseudonyms name it: the one passed, else the
 * one the request's room or join check found. Before either (the rate limits)
 * the browser has one key for all workshops, which only counts its requests.
 */
function channelOf(request: FastifyRequest, workshopId: string | undefined) {
  return { kind: 'workshop', id: workshopId ?? workshopOfRequest.get(request) ?? '' };
}

/** The requester: the account, else the browser's signed cookie (when it has one). */
export function requesterOf(request: FastifyRequest, workshopId?: string): Requester {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const legacy = legacyKey(request);
  if (legacy) return { userId: null, browserKey: legacy };
  const participant = participantOf(request, channelOf(request, workshopId));
  return { userId: null, browserKey: participant && 'pseudonym' in participant ? participant.pseudonym : null };
}

/** The requester, giving a browser without an account its signed cookie first if it has none. */
export function ensureRequester(context: AppContext, request: FastifyRequest, reply: FastifyReply, workshopId?: string): Requester {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const legacy = legacyKey(request);
  if (legacy) return { userId: null, browserKey: legacy };
  const channel = channelOf(request, workshopId);
  if (!channel.id) throw new Error('a workshop participant is made for a known workshop');
  const participant = participantFor(context, request, reply, channel);
  return 'userId' in participant ? { userId: participant.userId, browserKey: null } : { userId: null, browserKey: participant.pseudonym };
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
 * and whose results are not public in a process they may see. With `shared`
 * (a participant's note or dot), requests that arrive together read the workshop
 * and its process once (`sharedRead`): the write locks the workshop and checks it
 * again, and the participant's own write changes neither.
 */
export async function loadRoom(
  context: AppContext,
  request: FastifyRequest,
  id: string,
  options: { shared?: boolean } = {},
): Promise<Room> {
  if (!ID_PATTERN.test(id)) throw notFound();
  const actor = request.identity.actor;
  const read = async () => {
    const workshop = await findWorkshop(context.db, actor.organisationId, id);
    const process = workshop ? await findProcessById(context.db, actor.organisationId, workshop.processId) : undefined;
    return { workshop, process };
  };
  const { workshop, process } = options.shared
    ? await sharedRead(context.db, `workshops.room:${actor.organisationId}:${id}`, read)
    : await read();
  if (!workshop) throw notFound();
  rememberWorkshop(request, workshop.id);
  if (!process) throw notFound();
  const facilitates = context.authorizer.can(actor, 'workshops.workshop.facilitate', workshop);
  const participant = facilitates
    ? undefined
    : await findParticipant(context.db, actor.organisationId, workshop.id, requesterOf(request, workshop.id));
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
