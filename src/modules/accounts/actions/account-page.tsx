import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { AccountOwner } from '../account-owner.ts';
import { listApiTokens } from '../queries/list-api-tokens.ts';
import { listSessions } from '../queries/list-sessions.ts';
import { AccountPage, type AccountPageProps } from '../views/account-page.tsx';

/** Renders the account page with fresh lists; a form that failed passes its values and errors in `sent`. */
export async function renderAccountPage(
  context: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  owner: AccountOwner,
  sent: Partial<Pick<AccountPageProps, 'profile' | 'passwordErrors' | 'token'>> = {},
  status = 200,
) {
  const user = request.identity.user;
  const props: AccountPageProps = {
    sessions: await listSessions(context.db, context.config, owner, context.clock.now()),
    tokens: await listApiTokens(context.db, owner),
    profile: sent.profile ?? { values: { displayName: user?.displayName ?? '', locale: user?.locale ?? request.locale } },
    passwordErrors: sent.passwordErrors,
    token: sent.token,
  };
  return renderPage(context, request, reply, <AccountPage {...props} />, status);
}
