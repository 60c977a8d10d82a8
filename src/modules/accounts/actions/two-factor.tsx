import { defineAction } from '../../../platform/actions/action.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { loadOwner } from '../account-owner.ts';
import { confirmTwoFactor, ensurePendingSecret } from '../commands/set-up-two-factor.ts';
import { renewRecoveryCodes, turnOffTwoFactor } from '../commands/turn-off-two-factor.ts';
import { twoFactorCodeSchema } from '../two-factor/schemas.ts';
import { RecoveryCodesPage } from '../views/two-factor/recovery-codes-page.tsx';
import { renderSecurityPage } from './security-page.tsx';

/** A code is a guess a stolen session could repeat: the same slow limit as the current password's. */
const CODE_RATE_LIMIT = { max: 10, timeWindow: '15 minutes' };

/** Starts setting up two-factor: a secret is made, and the security page shows it to scan. */
export const setUpTwoFactorAction = defineAction({
  name: 'accounts.twoFactor.setUp',
  summary: 'Starts setting up two-factor sign-in (an authenticator app)',
  tag: 'accounts',
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  run: async ({ context, subject, now }) => {
    await ensurePendingSecret(context.db, subject, now);
  },
  pageVersion: 'unchanged',
  after: [],
  page: { url: '/account/security/set-up', done: () => ({ to: '/account/security' }) },
});

/** Turns two-factor on with the app's current code; the answer shows the recovery codes, once. */
export const confirmTwoFactorAction = defineAction({
  name: 'accounts.twoFactor.confirm',
  summary: 'Turns two-factor sign-in on, given the authenticator app’s current code',
  tag: 'accounts',
  input: twoFactorCodeSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  rateLimit: CODE_RATE_LIMIT,
  run: ({ context, subject, input, now }) => confirmTwoFactor(context.db, subject, input.code, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/security/confirm',
    form: ({ context, request, subject }, reply, { errors }, status) =>
      renderSecurityPage(context, request, reply, subject, { setupErrors: errors }, status),
    refusalField: 'code',
    // Rendered here, not after a redirect: the plain codes exist only in this response.
    respond: ({ context, request, reply }, codes) =>
      renderPage(context, request, reply, <RecoveryCodesPage codes={codes} next={`/${request.locale}/account/security`} />),
  },
});

/** New recovery codes for the old ones, given a current code; the answer shows them, once. */
export const renewRecoveryCodesAction = defineAction({
  name: 'accounts.twoFactor.renewCodes',
  summary: 'Replaces one’s recovery codes, given a current code',
  tag: 'accounts',
  input: twoFactorCodeSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  rateLimit: CODE_RATE_LIMIT,
  run: ({ context, subject, input, now }) => renewRecoveryCodes(context.db, subject, input.code, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/security/recovery-codes',
    form: ({ context, request, subject }, reply, { errors }, status) =>
      renderSecurityPage(context, request, reply, subject, { refused: { form: 'renew', errors } }, status),
    refusalField: 'code',
    respond: ({ context, request, reply }, codes) =>
      renderPage(context, request, reply, <RecoveryCodesPage codes={codes} renewed next={`/${request.locale}/account/security`} />),
  },
});

/** Turns one's two-factor off, given a current code or a recovery code. */
export const turnOffTwoFactorAction = defineAction({
  name: 'accounts.twoFactor.turnOff',
  summary: 'Turns one’s two-factor sign-in off, given a current code or a recovery code',
  tag: 'accounts',
  input: twoFactorCodeSchema,
  permission: 'accounts.ownAccount.manage',
  load: loadOwner,
  rateLimit: CODE_RATE_LIMIT,
  run: ({ context, subject, input, now }) => turnOffTwoFactor(context.db, subject, input.code, now),
  pageVersion: 'unchanged',
  after: [],
  page: {
    url: '/account/security/turn-off',
    form: ({ context, request, subject }, reply, { errors }, status) =>
      renderSecurityPage(context, request, reply, subject, { refused: { form: 'turnOff', errors } }, status),
    refusalField: 'code',
    done: () => ({ to: '/account/security', flash: 'accounts.twoFactor.turnedOff' }),
  },
});
