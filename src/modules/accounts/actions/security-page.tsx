import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../platform/http/errors.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { AccountOwner } from '../account-owner.ts';
import { ensurePendingSecret } from '../commands/set-up-two-factor.ts';
import { findUser } from '../queries/find-user.ts';
import { coveredByRequirement, findTwoFactorState, requiresTwoFactor } from '../two-factor/policy.ts';
import { secretUri } from '../two-factor/totp.ts';
import { SecurityPage, type SecurityPageProps } from '../views/two-factor/security-page.tsx';

/** The issuer an authenticator app lists the account under: the organisation's name. */
export function issuerOf(request: FastifyRequest): string {
  const name = request.organisation.name;
  return name[request.locale] ?? name.fi ?? 'Tarina';
}

/** The secret being set up and its otpauth address, for the setup form. */
export async function setupOf(
  context: AppContext,
  request: FastifyRequest,
  owner: { organisationId: string; userId: string },
  email: string,
) {
  const secret = await ensurePendingSecret(context.db, owner, context.clock.now());
  return { secret, uri: secretUri(secret, { email, issuer: issuerOf(request) }) };
}

/** Renders one's security page as it is now; a refused code brings its form's errors. */
export async function renderSecurityPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  owner: AccountOwner,
  sent: { setupErrors?: FieldErrors; refused?: SecurityPageProps['refused'] } = {},
  status = 200,
) {
  const state = await findTwoFactorState(context.db, owner.organisationId, owner.userId);
  const user = await findUser(context.db, owner.organisationId, owner.userId);
  const required = coveredByRequirement(user?.grants ?? []) && (await requiresTwoFactor(context.db, owner.organisationId));
  const setup =
    state.status === 'pending' ? { ...(await setupOf(context, request, owner, user?.email ?? '')), errors: sent.setupErrors } : undefined;
  return renderPage(
    context,
    request,
    reply,
    <SecurityPage state={state} required={required} setup={setup} refused={sent.refused} />,
    status,
  );
}
