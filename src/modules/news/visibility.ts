import type { FastifyRequest } from 'fastify';
import { found } from '../../platform/http/api.ts';
import { authorize } from '../../platform/http/authorize.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, findProcessBySlug, type Process } from '../processes/index.ts';
import { findPostById, type Post } from './queries/find-post.ts';
import { idFromUrl, slugFromUrl } from './url-keys.ts';

/** Whether the requester may see a process (its posts are hidden with it). */
export function canViewProcess(context: AppContext, request: FastifyRequest, process: Pick<Process, 'id' | 'visibility'>): boolean {
  return context.authorizer.can(request.identity.actor, 'processes.process.view', { id: process.id, visibility: process.visibility });
}

/** The process with this slug, or 404 when it is unknown, foreign or hidden from the requester. */
export async function findVisibleProcess(context: AppContext, request: FastifyRequest, slug: string): Promise<Process> {
  const process = await findProcessBySlug(context.db, request.organisation.id, slugFromUrl(slug));
  if (!process || !canViewProcess(context, request, process)) throw notFound();
  return process;
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
export async function findManageablePost(context: AppContext, request: FastifyRequest, id: string): Promise<Post> {
  const post = found(await findPostById(context.db, request.organisation.id, idFromUrl(id)));
  if (!(await canViewPost(context, request, post))) throw notFound();
  authorize(context.authorizer, request, 'news.post.manage', { processId: post.processId });
  return post;
}
