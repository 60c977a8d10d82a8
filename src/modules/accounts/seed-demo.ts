import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createUser } from './commands/create-user.ts';

/**
 * The demo's accounts from the one list in `src/demo/demo-accounts.ts`, one per
 * role, named by role only. Accounts of a unit (staff) are created by the
 * module that needs them, once the units exist.
 */
export async function seedAccountsDemo(context: AppContext, state: DemoState): Promise<void> {
  if (!state.organisationId) throw new Error('the organisations demo must run first');
  const now = context.clock.now();
  for (const account of DEMO_ACCOUNTS) {
    if (account.unitKey) continue;
    const { email, displayName, password, roles } = account;
    const id = await createUser(context.db, state.organisationId, { email, displayName, password, locale: 'fi', roles }, now);
    if (account.key === 'admin') state.adminUserId = id;
  }
}
