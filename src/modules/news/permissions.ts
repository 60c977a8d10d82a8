import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';

/** What permission rules need to know of a post. */
export interface PostSubject {
  processId: string | null;
  status: 'draft' | 'published';
}

function managesNews(actor: Actor, processId: string | null | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'process_manager', { processId: processId ?? undefined });
}

/** Who may read drafts and write posts, media releases and static pages. */
export const newsPermissions = definePermissions({
  'news.post.view': (actor: Actor, post: PostSubject) => post.status === 'published' || managesNews(actor, post.processId),
  'news.post.manage': (actor: Actor, post: { processId: string | null } | undefined) => managesNews(actor, post?.processId),
  'news.page.manage': (actor: Actor) => isAdmin(actor),
  'news.admin.list': (actor: Actor) => isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager'),
});
