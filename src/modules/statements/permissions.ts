import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';
import type { ChannelState } from './model.ts';
import type { ChannelAudience, ChannelStatus } from './tables.ts';

/** What the rules need to know of a channel. */
export interface ChannelSubject {
  processId: string;
  status: ChannelStatus;
  resultsPublic: boolean;
}

/** What the participation rules decide on: the channel now, and whether the actor is in its audience. */
export interface ParticipationSubject {
  state: ChannelState;
  audience: ChannelAudience;
  participantsMayAdd: boolean;
  /** True when the actor is staff of one of the channel's units or beneath one ('units'), or a member of one of its bodies ('bodies'). */
  isInChosenGroups: boolean;
}

/** Process managers, and moderators of the organisation or of this process, moderate statements. */
export function moderatesChannel(actor: Actor, channel: { processId: string } | undefined): boolean {
  const process = channel ? { id: channel.processId } : undefined;
  return managesProcess(actor, process) || hasRole(actor, 'moderator', { processId: channel?.processId });
}

function analyses(actor: Actor, channel: { processId: string }): boolean {
  return managesProcess(actor, { id: channel.processId }) || hasRole(actor, 'analyst', { processId: channel.processId });
}

/** Whether the actor belongs to the channel's audience. Staff are signed-in users with any role. */
export function inAudience(actor: Actor, subject: Pick<ParticipationSubject, 'audience' | 'isInChosenGroups'>): boolean {
  switch (subject.audience) {
    case 'anyone':
      return true;
    case 'signed_in':
      return actor.userId !== null;
    case 'staff':
      return actor.userId !== null && actor.grants.length > 0;
    case 'units':
    case 'bodies':
      return actor.userId !== null && subject.isInChosenGroups;
    default:
      return false;
  }
}

/** Who may set up channels, take part in them, moderate them and read and export their results. */
export const statementPermissions = definePermissions({
  'statements.admin.list': (actor: Actor) =>
    isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager' || grant.role === 'moderator'),
  'statements.channel.create': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
  'statements.channel.manage': (actor: Actor, channel: ChannelSubject) => managesProcess(actor, { id: channel.processId }),
  'statements.channel.view': (actor: Actor, channel: ChannelSubject) =>
    channel.status === 'published' || moderatesChannel(actor, channel) || analyses(actor, channel),
  'statements.vote.cast': (actor: Actor, subject: ParticipationSubject) => subject.state === 'open' && inAudience(actor, subject),
  'statements.statement.submit': (actor: Actor, subject: ParticipationSubject) =>
    subject.state === 'open' && subject.participantsMayAdd && inAudience(actor, subject),
  'statements.statement.moderate': (actor: Actor, channel: ChannelSubject) => moderatesChannel(actor, channel),
  'statements.results.view': (actor: Actor, channel: ChannelSubject) =>
    (channel.status === 'published' && channel.resultsPublic) || moderatesChannel(actor, channel) || analyses(actor, channel),
  'statements.results.export': (actor: Actor, channel: ChannelSubject) => analyses(actor, channel),
});
