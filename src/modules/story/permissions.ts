import { type Actor, definePermissions } from '../../platform/authz/authz.ts';
import { managesProcess } from '../processes/index.ts';

/** What the reading rule needs of a version. */
export interface VersionSubject {
  processId: string;
  /** Put out for comments or decided; drafts before that are the editors' own. */
  isPublic: boolean;
}

/**
 * Who may do what with a process's story. The editors are the process's managers (and
 * organisation admins). Deny by default: an action without a rule is refused.
 */
export const storyPermissions = definePermissions({
  'story.version.view': (actor: Actor, version: VersionSubject) => version.isPublic || managesProcess(actor, { id: version.processId }),
  'story.story.edit': (actor: Actor, process: { id: string }) => managesProcess(actor, process),
});
