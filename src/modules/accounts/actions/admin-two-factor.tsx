import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { setTwoFactorRequirement } from '../commands/set-two-factor-requirement.ts';
import { resetTwoFactor } from '../commands/turn-off-two-factor.ts';
import { requiresTwoFactor } from '../two-factor/policy.ts';
import { securitySettingsSchema } from '../two-factor/schemas.ts';
import { SecuritySettingsPage } from '../views/security-settings-page.tsx';
import { loadUser, userIdParams } from './user-page.tsx';

/** An admin forgets another person's two-factor (a lost phone and lost codes); their sessions end. */
export const resetTwoFactorAction = defineAction({
  name: 'accounts.twoFactor.reset',
  summary: 'Resets another user’s two-factor sign-in (a lost device): they sign in with the password again and set it up anew',
  tag: 'accounts',
  params: userIdParams,
  permission: 'accounts.users.manage',
  load: loadUser,
  run: ({ context, actor, subject, now }) =>
    resetTwoFactor(context.db, { organisationId: actor.organisationId, userId: subject.id, actorId: actor.userId }, now),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'POST', url: '/users/:id/two-factor/reset', status: 204, errors: [409] },
  page: {
    url: '/admin/users/:id/two-factor/reset',
    done: ({ subject }) => ({ to: `/admin/users/${encodeURIComponent(subject.id)}`, flash: 'accounts.twoFactor.resetDone' }),
  },
});

/** Whether the organisation requires two-factor of admins and the roles that read personal data. */
export const updateSecuritySettingsAction = defineAction({
  name: 'accounts.security.update',
  summary: 'Sets whether two-factor sign-in is required of admins and the roles that can read personal data',
  tag: 'accounts',
  input: securitySettingsSchema,
  permission: 'accounts.users.manage',
  run: ({ context, actor, request, input, now }) =>
    setTwoFactorRequirement(
      context.db,
      {
        organisationId: actor.organisationId,
        actorId: actor.userId ?? '',
        sessionId: request.identity.sessionId,
        requireTwoFactor: input.requireTwoFactor,
      },
      now,
    ),
  pageVersion: 'unchanged',
  after: [],
  api: { method: 'PUT', url: '/security-settings', status: 204 },
  page: {
    url: '/admin/security',
    form: ({ context, request }, reply, { values, errors }, status) => {
      const ticked = Array.isArray(values.requireTwoFactor) && values.requireTwoFactor.includes('yes');
      return renderPage(context, request, reply, <SecuritySettingsPage requireTwoFactor={ticked} errors={errors} />, status);
    },
    done: () => ({ to: '/admin/security', flash: 'accounts.security.saved' }),
  },
});

/** The security settings page as saved. */
export async function loadSecuritySettings(context: { db: Parameters<typeof requiresTwoFactor>[0] }, organisationId: string) {
  return { requireTwoFactor: await requiresTwoFactor(context.db, organisationId) };
}
