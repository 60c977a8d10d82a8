import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.ts';
import { DEMO_DIRECTORY } from '../../demo/demo-directory.ts';
import type { Role } from '../../platform/authz/authz.ts';
import { newId } from '../../platform/db/ids.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createUser } from './commands/create-user.ts';
import './tables.ts';

/**
 * The demo's accounts from the one list in `src/demo/demo-accounts.ts`, one per
 * role, named by role only (accounts of a unit, staff, are created by the
 * module that needs them). Then the staff directory and the elected members of
 * `src/demo/demo-directory.ts`: no password, placed in their unit or work
 * community, a department's manager with `unit_manager` scoped to it. Every id
 * goes to `state.userIds` by key, for the seeds that follow (council and board seats).
 */
export async function seedAccountsDemo(context: AppContext, state: DemoState): Promise<void> {
  const organisationId = state.organisationId;
  if (!organisationId) throw new Error('the organisations demo must run first');
  const now = context.clock.now();
  const userIds: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    if (account.unitKey) continue;
    const { email, displayName, password, roles } = account;
    const id = await createUser(context.db, organisationId, { email, displayName, password, locale: 'fi', roles }, now);
    userIds[account.key] = id;
    if (account.key === 'admin') state.adminUserId = id;
  }
  const at = now.toISOString();
  await context.db.transaction().execute(async (trx) => {
    for (const account of DEMO_DIRECTORY) {
      const id = newId();
      const unitId = account.unitKey ? state.unitIds?.[account.unitKey] : undefined;
      if (account.unitKey && !unitId) throw new Error(`no demo unit "${account.unitKey}"`);
      await trx
        .insertInto('users')
        .values({
          id,
          organisation_id: organisationId,
          email: account.email,
          password_hash: null,
          display_name: account.displayName,
          locale: 'fi',
          unit_id: unitId ?? null,
          created_at: at,
          updated_at: at,
          last_sign_in_at: null,
        })
        .execute();
      const grants: Array<{ role: Role; scopeType: 'organisation' | 'unit'; scopeId: string }> = account.unitKey
        ? [{ role: 'member', scopeType: 'organisation', scopeId: '' }]
        : [];
      if (account.unitManager && unitId) grants.push({ role: 'unit_manager', scopeType: 'unit', scopeId: unitId });
      for (const grant of grants) {
        await trx
          .insertInto('role_grants')
          .values({
            id: newId(),
            organisation_id: organisationId,
            user_id: id,
            role: grant.role,
            scope_type: grant.scopeType,
            scope_id: grant.scopeId,
            created_at: at,
          })
          .execute();
      }
      userIds[account.key] = id;
    }
  });
  state.userIds = userIds;
}
