import type { Actor } from '../../../platform/authz/authz.ts';
import { notFound } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { findProcessBySlug, type Process } from './find-process.ts';

/** What a process slug may look like; anything else cannot name a process. */
export const PROCESS_SLUG_PATTERN = /^[a-z0-9-]+$/;

/** The longest slug a process may have. */
export const PROCESS_SLUG_MAX_LENGTH = 100;

/**
 * The process with this slug if the actor may see it. Unknown, foreign,
 * malformed and hidden (draft, internal) processes all answer 404, so a
 * visitor cannot learn that a hidden process exists.
 */
export async function loadVisibleProcess(context: Pick<AppContext, 'db' | 'authorizer'>, actor: Actor, slug: string): Promise<Process> {
  if (slug.length > PROCESS_SLUG_MAX_LENGTH || !PROCESS_SLUG_PATTERN.test(slug)) throw notFound();
  const process = await findProcessBySlug(context.db, actor.organisationId, slug);
  if (!process || !context.authorizer.can(actor, 'processes.process.view', process)) throw notFound();
  return process;
}
