import { DEMO_ADMIN } from '../../demo/demo-admin.ts';
import type { Role } from '../../platform/authz/authz.ts';
import type { AppContext, DemoState } from '../../platform/module.ts';
import { createUser } from './commands/create-user.ts';

const DEMO_PEOPLE: Array<{ email: string; displayName: string; roles: Role[] }> = [
  { email: 'manager@demo.tarina.invalid', displayName: 'Projektikoordinaattori', roles: ['process_manager'] },
  { email: 'facilitator@demo.tarina.invalid', displayName: 'Fasilitaattori', roles: ['facilitator'] },
  { email: 'analyst@demo.tarina.invalid', displayName: 'Analyytikko', roles: ['analyst'] },
  { email: 'moderator@demo.tarina.invalid', displayName: 'Moderaattori', roles: ['moderator'] },
  { email: 'resident@demo.tarina.invalid', displayName: 'Raumalainen', roles: [] },
];

/** Demo accounts, one per role, named by role only; all share the demo password. */
export async function seedAccountsDemo(context: AppContext, state: DemoState): Promise<void> {
  if (!state.organisationId) throw new Error('the organisations demo must run first');
  const now = context.clock.now();
  state.adminUserId = await createUser(
    context.db,
    state.organisationId,
    {
      email: DEMO_ADMIN.email,
      displayName: 'Ylläpitäjä',
      password: DEMO_ADMIN.password,
      locale: 'fi',
      roles: ['org_admin', 'process_manager'],
    },
    now,
  );
  for (const person of DEMO_PEOPLE) {
    await createUser(context.db, state.organisationId, { ...person, password: DEMO_ADMIN.password, locale: 'fi' }, now);
  }
}
