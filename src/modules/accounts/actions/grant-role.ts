import type { z } from 'zod';
import { defineAction } from '../../../platform/actions/action.ts';
import type { Db } from '../../../platform/db/database.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { findUnit } from '../../organisations/index.ts';
import { findProcessBySlug } from '../../processes/index.ts';
import { grantRole } from '../commands/grant-role.ts';
import { type RoleGrantInput, roleGrantFormSchema } from '../schemas.ts';
import { grantFormAgain, loadUser, userIdParams } from './user-page.tsx';

/** Turns the form's unit or process choice into a scope id; an unknown one is refused at its field. */
async function grantOfForm(db: Db, organisationId: string, form: z.output<typeof roleGrantFormSchema>): Promise<RoleGrantInput> {
  const { role, scopeType, unitId, processSlug } = form;
  if (scopeType === 'unit') {
    const unit = await findUnit(db, organisationId, unitId);
    if (!unit) throw refuse.invalid({ unitId: { key: 'accounts.roles.unknownScope' } });
    return { role, scopeType, scopeId: unit.id };
  }
  if (scopeType === 'process') {
    const process = await findProcessBySlug(db, organisationId, processSlug);
    if (!process) throw refuse.invalid({ processSlug: { key: 'accounts.roles.unknownProcess' } });
    return { role, scopeType, scopeId: process.id };
  }
  return { role, scopeType, scopeId: '' };
}

/** Adds one role grant to a user from their admin page (the API replaces the whole set with `accounts.role.set`). */
export const grantRoleAction = defineAction({
  name: 'accounts.role.grant',
  summary: 'Grants a user one role',
  tag: 'accounts',
  params: userIdParams,
  input: roleGrantFormSchema,
  permission: 'accounts.users.manage',
  load: loadUser,
  run: async ({ context, actor, subject, input, now }) =>
    grantRole(context.db, actor, subject.id, await grantOfForm(context.db, actor.organisationId, input), now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/admin/users/:id/roles',
    form: grantFormAgain,
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.roles.granted' }),
  },
});
