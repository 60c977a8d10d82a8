import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/module.ts';
import {
  channelSubject,
  type ParticipationBlock,
  participantIdentity,
  participationBlock,
  participationSubject,
} from './channel-access.ts';
import { type Channel, groupLabel, type Statement } from './model.ts';
import { chooseNextStatement } from './queries/choose-next-statement.ts';
import { findLatestSnapshot, groupOfParticipant } from './queries/find-latest-snapshot.ts';
import { findParticipant, listParticipantVotes } from './queries/find-participant.ts';
import { listStatements } from './queries/list-statements.ts';
import { countVotes } from './queries/vote-totals.ts';

/** Where the requester stands in a channel: what to vote on next, their progress and group, what they may do. */
export interface ParticipantView {
  block: ParticipationBlock;
  next: Statement | null;
  progress: { voted: number; total: number };
  participantNumber: number | null;
  group: string | null;
  mayVote: boolean;
  mayAdd: boolean;
  mayViewResults: boolean;
}

/** Gathers what the voting page and the API tell a participant. */
export async function participantView(context: AppContext, request: FastifyRequest, channel: Channel): Promise<ParticipantView> {
  const { db } = context;
  const actor = request.identity.actor;
  const organisationId = actor.organisationId;
  const identity = participantIdentity(request, channel.id);
  const participant = identity ? await findParticipant(db, organisationId, channel.id, identity) : undefined;
  const published = await listStatements(db, organisationId, channel.id, ['published']);
  const totals = await countVotes(db, organisationId, channel.id);
  const own = participant ? await listParticipantVotes(db, organisationId, channel.id, participant.id) : new Map<string, number>();
  const snapshot = participant ? await findLatestSnapshot(db, organisationId, channel.id) : undefined;
  const group = snapshot && participant ? groupOfParticipant(snapshot.result, participant.number) : null;
  const subject = await participationSubject(context, actor, channel);
  const block = participationBlock(actor, subject);
  return {
    block,
    next: chooseNextStatement(published, totals, own),
    progress: { voted: published.filter((statement) => own.has(statement.id)).length, total: published.length },
    participantNumber: participant?.number ?? null,
    group: group === null ? null : groupLabel(group),
    mayVote: block === null && context.authorizer.can(actor, 'statements.vote.cast', subject),
    mayAdd: block === null && context.authorizer.can(actor, 'statements.statement.submit', subject),
    mayViewResults: context.authorizer.can(actor, 'statements.results.view', channelSubject(channel)),
  };
}
