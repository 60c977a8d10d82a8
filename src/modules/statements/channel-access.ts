import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/authz/authz.ts';
import { Refusal } from '../../platform/domain/refusal.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { inAudience as inPlatformAudience } from '../../platform/participation/audience.ts';
import {
  BROWSER_SECRET_LENGTH,
  PARTICIPANT_COOKIE as PLATFORM_PARTICIPANT_COOKIE,
  participantFor,
  participantRateKey,
  pseudonymOf,
  signedCookie,
} from '../../platform/participation/participant.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import type { ParticipantIdentity } from './commands/channel-lock.ts';
import { type Channel, channelState } from './model.ts';
import { type ChannelSubject, inAudience, type ParticipationSubject } from './permissions.ts';
import { findChannel } from './queries/find-channel.ts';

/** The signed cookie that lets a browser without an account keep being the same participant (the platform's one). */
export const PARTICIPANT_COOKIE = PLATFORM_PARTICIPANT_COOKIE;

/** What the channel rules need to know of a channel. */
export function channelSubject(channel: Channel): ChannelSubject {
  return { processId: channel.processId, status: channel.status, resultsPublic: channel.resultsPublic };
}

/**
 * A channel the actor may see, with its process. Unknown, foreign, draft and
 * those of a process the actor may not see all answer 404; a slug in the path
 * must be the channel's own process.
 */
export async function loadVisibleChannel(
  context: AppContext,
  actor: Actor,
  channelId: string,
  processSlug?: string,
): Promise<{ channel: Channel; process: Process }> {
  const channel = channelId.length <= 64 ? await findChannel(context.db, actor.organisationId, channelId) : undefined;
  if (!channel) throw notFound();
  const process = await findProcessById(context.db, actor.organisationId, channel.processId);
  if (!process || (processSlug !== undefined && process.slug !== processSlug)) throw notFound();
  const subject = channelSubject(channel);
  if (!context.authorizer.can(actor, 'statements.channel.view', subject)) throw notFound();
  const staffOfChannel = context.authorizer.can(actor, 'statements.statement.moderate', subject);
  if (!staffOfChannel && !context.authorizer.can(actor, 'processes.process.view', process)) throw notFound();
  return { channel, process };
}

/** Whether the actor is staff of one of the channel's units (or beneath one), or a member of one of its bodies. */
async function isInChosenGroups(context: AppContext, actor: Actor, channel: Channel): Promise<boolean> {
  if (channel.audience === 'bodies') return inPlatformAudience(context, actor, { kind: 'bodies', bodyIds: channel.audienceBodyIds });
  if (channel.audience === 'units') return inPlatformAudience(context, actor, { kind: 'units', unitIds: channel.audienceUnitIds });
  return false;
}

/** The facts the participation rules decide on, now. */
export async function participationSubject(context: AppContext, actor: Actor, channel: Channel): Promise<ParticipationSubject> {
  return {
    state: channelState(channel, context.clock.now()),
    audience: channel.audience,
    participantsMayAdd: channel.participantsMayAdd,
    isInChosenGroups: await isInChosenGroups(context, actor, channel),
  };
}

/** Why the actor cannot take part, or null when they may: for the page to say it. */
export type ParticipationBlock = 'notYetOpen' | 'closed' | 'draft' | 'signInRequired' | 'notInAudience' | null;

/** Where the actor stands with voting in a channel. */
export function participationBlock(actor: Actor, subject: ParticipationSubject): ParticipationBlock {
  if (subject.state !== 'open') return subject.state;
  if (inAudience(actor, subject)) return null;
  return actor.userId ? 'notInAudience' : 'signInRequired';
}

/** Throws unless the actor may do the action now: 409 outside the open time, 401/403 by the audience rule. */
export function requireParticipation(context: AppContext, actor: Actor, subject: ParticipationSubject, action: string): void {
  const block = participationBlock(actor, subject);
  if (block === 'notYetOpen') throw conflict('statements.participation.notYetOpen');
  if (block === 'closed') throw conflict('statements.participation.closed');
  if (block === 'draft') throw notFound();
  if (block === 'signInRequired') throw unauthenticated();
  // Outside the audience: say whom the channel is for, in the person's language.
  if (block === 'notInAudience') throw new Refusal('forbidden', `statements.audience.only.${subject.audience}`, {}, {}, 'not-in-audience');
  if (!context.authorizer.can(actor, action, subject)) throw forbidden();
}

/** The participant's channel, as the platform's pseudonyms name it. */
function channelOf(channelId: string) {
  return { kind: 'statements', id: channelId };
}

/**
 * The key a secret issued before the platform's cookie (24 random bytes, 32 characters, shorter
 * than the platform's) keeps in a channel: the SHA-256 of the secret and the channel, which is
 * just as unlinkable between channels (docs/participation.md). Null for the platform's secrets.
 */
export function shortSecretKey(secret: string, channelId: string): string | null {
  if (secret.length >= BROWSER_SECRET_LENGTH) return null;
  return createHash('sha256').update(`${secret}:${channelId}`).digest('hex');
}

/** The browser's key in a channel: the platform's pseudonym, or a short secret's older key. */
function browserKey(request: FastifyRequest, secret: string, channelId: string): string {
  return shortSecretKey(secret, channelId) ?? pseudonymOf(request, secret, channelOf(channelId));
}

/** The participant identity of a request, if it has one: the account, else the browser's signed cookie. */
export function participantIdentity(request: FastifyRequest, channelId: string): ParticipantIdentity | null {
  if (request.identity.user) return { userId: request.identity.user.id, browserKey: null };
  const secret = signedCookie(request, PARTICIPANT_COOKIE);
  return secret ? { userId: null, browserKey: browserKey(request, secret, channelId) } : null;
}

/** The participant identity, giving a browser without an account its signed cookie first if it has none (and renewing it). */
export function ensureParticipantIdentity(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  channelId: string,
): ParticipantIdentity {
  const existing = participantIdentity(request, channelId);
  const participant = participantFor(context, request, reply, channelOf(channelId));
  if (existing) return existing;
  return 'userId' in participant ? { userId: participant.userId, browserKey: null } : { userId: null, browserKey: participant.pseudonym };
}

/**
 * Rate limits count per participant (their account, or their browser's
 * signed cookie), not per address: a crowd on a city event's Wi-Fi shares one
 * address. Requests without either — every newcomer's first vote — share a
 * larger bucket per address, which also caps how fast one address can mint
 * new browser identities. A forged cookie does not verify and counts by address.
 */
function rateKey(request: FastifyRequest): string {
  const participant = participantRateKey(request);
  return participant ? `participant:${participant}` : `address:${request.ip}`;
}

function perKey(perParticipant: number, perAddress: number) {
  return (_request: FastifyRequest, key: string) => (key.startsWith('participant:') ? perParticipant : perAddress);
}

/** Votes: generous for a person answering quickly, a brake for scripts. */
export const VOTE_LIMITS = { perParticipant: 60, perAddress: 120 } as const;

/** Written statements: a few a minute is plenty for a person. */
export const STATEMENT_LIMITS_PER_MINUTE = { perParticipant: 5, perAddress: 20 } as const;

/** The rate limit of voting routes. */
export const VOTE_RATE_LIMIT = {
  max: perKey(VOTE_LIMITS.perParticipant, VOTE_LIMITS.perAddress),
  timeWindow: '1 minute',
  keyGenerator: rateKey,
};

/** The rate limit of statement-writing routes. */
export const STATEMENT_RATE_LIMIT = {
  max: perKey(STATEMENT_LIMITS_PER_MINUTE.perParticipant, STATEMENT_LIMITS_PER_MINUTE.perAddress),
  timeWindow: '1 minute',
  keyGenerator: rateKey,
};
