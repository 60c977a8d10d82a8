import { type Actor, definePermissions, hasRole } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';
import type { CommentState } from './model.ts';
import type { CommentAudience } from './tables.ts';

/** What the reading rule needs of a version. */
export interface VersionSubject {
  processId: string;
  /** Put out for comments or decided; drafts before that are the editors' own. */
  isPublic: boolean;
}

/** What the commenting rule needs: the period's state now, its audience, and whether the actor is in it. */
export interface CommentSubject {
  state: CommentState;
  audience: CommentAudience;
  /** True when the actor is staff, staff of a chosen unit or a member of a chosen body, as the audience asks. */
  inAudience: boolean;
}

/**
 * Who may do what with a process's story. The editors are the process's managers (and
 * organisation admins). Deny by default: an action without a rule is refused.
 */
export const storyPermissions = definePermissions({
  'story.version.view': (actor: Actor, version: VersionSubject) => version.isPublic || managesProcess(actor, { id: version.processId }),
  'story.story.edit': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
  'story.comment.respond': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
  // The editors and the process's moderators moderate the story's comments, as they do a channel's statements.
  'story.comment.moderate': (actor: Actor, process: { id: string }) =>
    managesProcess(actor, process) || hasRole(actor, 'moderator', { processId: process.id }),
  // The process's managers record a body's decision from its minutes (the secretary's role in the process).
  'story.decision.record': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
  'story.comment.create': (actor: Actor, subject: CommentSubject) =>
    subject.state === 'open' &&
    (subject.audience === 'anyone' || (actor.userId !== null && (subject.audience === 'signed_in' || subject.inAudience))),
});
