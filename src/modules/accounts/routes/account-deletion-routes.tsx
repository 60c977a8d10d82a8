import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage, setFlash } from '../../../platform/views/render.tsx';
import { type AccountOwner, authorizeOwner } from '../account-owner.ts';
import { hasAnotherAdmin, isOrganisationAdmin } from '../commands/admin-guard.ts';
import { deleteAccount } from '../commands/delete-account.ts';
import { deleteAccountSchema } from '../schemas.ts';
import { clearSessionCookie } from '../sessions.ts';
import { DeleteAccountPage } from '../views/delete-account-page.tsx';

const DELETE_RATE_LIMIT = { rateLimit: { max: 10, timeWindow: '15 minutes' } };

/** Whether the owner is the organisation's only org_admin (shown before asking for the password). */
async function isLastAdmin(context: AppContext, owner: AccountOwner): Promise<boolean> {
  const { db } = context;
  return (
    (await isOrganisationAdmin(db, owner.organisationId, owner.userId)) && !(await hasAnotherAdmin(db, owner.organisationId, owner.userId))
  );
}

async function confirmDeletion(context: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const owner = authorizeOwner(context.authorizer, request);
  const checked = check(deleteAccountSchema, request.body ?? {});
  if (!checked.ok) return renderPage(context, request, reply, <DeleteAccountPage lastAdmin={false} errors={checked.errors} />, 422);
  try {
    await deleteAccount(context.db, owner, checked.data.password, context.clock.now());
  } catch (error) {
    if (!(error instanceof HttpError) || (error.status !== 422 && error.status !== 409)) throw error;
    const page = <DeleteAccountPage lastAdmin={error.status === 409} errors={error.fieldErrors} />;
    return renderPage(context, request, reply, page, error.status);
  }
  clearSessionCookie(context.config, reply);
  setFlash(reply, 'accounts.delete.done');
  return reply.redirect(`/${request.locale}/`, 303);
}

/** Deleting one's own account, confirmed with the password. */
export function registerAccountDeletionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/account/delete', async (request, reply) => {
    const owner = authorizeOwner(context.authorizer, request);
    return renderPage(context, request, reply, <DeleteAccountPage lastAdmin={await isLastAdmin(context, owner)} />);
  });
  page(app, 'POST', '/account/delete', (request, reply) => confirmDeletion(context, request, reply), { config: DELETE_RATE_LIMIT });
}
