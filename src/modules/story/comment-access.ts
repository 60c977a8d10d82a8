import type { Actor } from '../../platform/authz/authz.ts';
import { refuse } from '../../platform/domain/refusal.ts';
import type { AppContext } from '../../platform/module.ts';
import { inAudience } from '../../platform/participation/audience.ts';
import { storedAudience } from '../../platform/participation/stored-audience.ts';
import { loadVisibleStory, type VisibleStory } from './loaders.ts';
import { commentState, type Version } from './model.ts';
import type { CommentSubject } from './permissions.ts';

/** The facts the commenting rule decides on, now. */
export async function commentSubject(context: AppContext, actor: Actor, version: Version): Promise<CommentSubject> {
  const period = version.comments;
  if (!period) return { state: 'none', audience: 'anyone', inAudience: false };
  const audience = storedAudience(period.audience, period.audienceIds);
  const member = period.audience === 'anyone' || period.audience === 'signed_in' ? false : await inAudience(context, actor, audience);
  return { state: commentState(version, context.clock.now()), audience: period.audience, inAudience: member };
}

/** The story with the version that takes comments (the newest one the actor reads), and the rule's facts. */
export interface CommentableStory extends VisibleStory {
  version: Version;
  subject: CommentSubject;
}

/** The newest readable version of the story and whether the actor may comment on it now; no version answers 404, a decided one 409. */
export async function loadCommentableStory(context: AppContext, actor: Actor, slug: string): Promise<CommentableStory> {
  const story = await loadVisibleStory(context, actor, slug);
  const version = [...story.versions].reverse().find((item) => item.comments !== null);
  if (!version) throw refuse.notFound();
  // An approved version takes no comments: said as such (409), not as a closed period.
  if (version.status === 'decided') throw refuse.conflict('story.version.frozen');
  return { ...story, version, subject: await commentSubject(context, actor, version) };
}
