import { type Actor, definePermissions, hasRole, isAdmin } from '../../platform/authz/authz.ts';

/** What permission rules need to know of a post. */
export interface PostSubject {
  processId: string | null;
  status: 'draft' | 'published';
}

/**
 * Organisation admins and process managers write news: a manager scoped to
 * one process only that process's posts; posts of no process need an
 * organisation-wide role.
 */
function managesNews(actor: Actor, processId: string | null | undefined): boolean {
  return isAdmin(actor) || hasRole(actor, 'process_manager', { processId: processId ?? undefined });
}

/**
 * Who may read drafts and write posts, media releases and static pages.
 * Whether the post's process itself is visible is the processes module's
 * rule ('processes.process.view'), checked beside these.
 */
export const newsPermissions = definePermissions({
  'news.post.view': (actor: Actor, post: PostSubject) => post.status === 'published' || managesNews(actor, post.processId),
  'news.post.manage': (actor: Actor, post: Pick<PostSubject, 'processId'>) => managesNews(actor, post.processId),
  'news.page.manage': (actor: Actor) => isAdmin(actor),
  'news.admin.list': (actor: Actor) => isAdmin(actor) || actor.grants.some((grant) => grant.role === 'process_manager'),
});
