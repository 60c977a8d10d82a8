import { demoAccount } from '../../demo/demo-accounts.ts';
import { liveState } from '../../demo/rauma-live.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { confirmFollow } from './commands/confirm-follow.ts';
import { followAsUser } from './commands/follow-as-user.ts';
import { requestFollow } from './commands/request-follow.ts';

/** The demo's follower by e-mail (a reserved domain: no digest ever reaches anyone). */
export const DEMO_FOLLOWER_EMAIL = 'follower@demo.tarina.invalid';

/**
 * The demo's subscribers of the live process: the resident account follows it (confirmed at
 * once, as by its button) and one address follows it by e-mail, confirmed through its link.
 */
export async function seedFollowsDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId) throw new Error('the follows demo needs the organisation demo first');
  const { processId } = liveState(state);
  const now = context.clock.now();
  const resident = await context.accountLookups.findByEmail(context.db, organisationId, demoAccount('resident').email);
  if (!resident) throw new Error('the follows demo needs the resident account first');
  const user = { id: resident.id, email: resident.email, displayName: resident.displayName, locale: resident.locale as Locale };
  await followAsUser(context.db, organisationId, user, processId, now);
  const confirmation = await requestFollow(context.db, organisationId, processId, DEMO_FOLLOWER_EMAIL, 'fi', now);
  if (!confirmation) throw new Error('the demo follower by e-mail got no confirmation link');
  await confirmFollow(context.db, organisationId, confirmation.token, now);
}
