import type { FastifyRequest } from 'fastify';
import { found } from '../../platform/http/api.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, type Process } from '../processes/index.ts';
import { findPostById, type Post } from './queries/find-post.ts';
import { idFromUrl } from './url-keys.ts';

/** Whether the requester may see a process (its posts are hidden with it). */
export function canViewProcess(context: AppContext, request: FastifyRequest, process: Pick<Process, 'id' | 'visibility'>): boolean {
  return context.authorizer.can(request.identity.actor, 'processes.process.view', { id: process.id, visibility: process.visibility });
}

/**
 * Whether the requester may see a post: drafts only for those who manage
 * them, and nothing of a process they may not see. Callers answer 404
 * otherwise, so a hidden post looks exactly like a missing one.
 */
export async function canViewPost(context: AppContext, request: FastifyRequest, post: Post): Promise<boolean> {
  if (!context.authorizer.can(request.identity.actor, 'news.post.view', { processId: post.processId, status: post.status })) return false;
  if (!post.processId) return true;
  const process = await findProcessById(context.db, request.organisation.id, post.processId);
  return process !== undefined && canViewProcess(context, request, process);
}

/** A post the requester may change: hidden ones answer 404 as if missing, visible ones 403 when not theirs to manage. */
export async function loadManagedPost(context: AppContext, request: FastifyRequest, id: string): Promise<Post> {
  const post = found(await findPostById(context.db, request.organisation.id, idFromUrl(id)));
  if (!(await canViewPost(context, request, post))) throw notFound();
  authorize(context.authorizer, request, 'news.post.manage', { processId: post.processId });
  return post;
}
