import type { Actor } from '../../platform/authz/authz.ts';
import type { AppContext } from '../../platform/module.ts';
import { findProcessById, loadVisibleProcess, type Process } from '../processes/index.ts';
import { linkInvalid } from './commands/confirm-follow.ts';
import { type Follow, findFollowByToken } from './queries/find-follow.ts';

/** A process anyone may follow by e-mail: public (a visitor sees it); others look unknown (404). */
export async function loadFollowableProcess(context: Pick<AppContext, 'db' | 'authorizer'>, actor: Actor, slug: string): Promise<Process> {
  return loadVisibleProcess(context, actor, slug);
}

/** The follow of a mailed link and its process, or one clear answer (410) for unknown, used and expired links. */
export async function loadLinkedFollow(
  context: Pick<AppContext, 'db'>,
  organisationId: string,
  token: string,
  purpose: 'confirm' | 'unsubscribe',
  now: Date,
): Promise<{ follow: Follow; process: Process }> {
  const follow = await findFollowByToken(context.db, organisationId, token, purpose, now);
  const process = follow && (await findProcessById(context.db, organisationId, follow.processId));
  if (!follow || !process) throw linkInvalid();
  return { follow, process };
}
