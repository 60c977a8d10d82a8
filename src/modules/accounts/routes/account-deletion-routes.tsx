import type { FastifyInstance } from 'fastify';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { type AccountOwner, authorizeOwner } from '../account-owner.ts';
import { hasAnotherAdmin, isOrganisationAdmin } from '../commands/admin-guard.ts';
import { DeleteAccountPage } from '../views/delete-account-page.tsx';

/** Whether the owner is the organisation's only org_admin (shown before asking for the password). */
async function isLastAdmin(context: AppContext, owner: AccountOwner): Promise<boolean> {
  const { db } = context;
  return (
    (await isOrganisationAdmin(db, owner.organisationId, owner.userId)) && !(await hasAnotherAdmin(db, owner.organisationId, owner.userId))
  );
}

/** The page that deletes one's own account, confirmed with the password (`accounts.account.delete`). */
export function registerAccountDeletionRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/account/delete', async (request, reply) => {
    const owner = authorizeOwner(context.authorizer, request);
    return renderPage(context, request, reply, <DeleteAccountPage lastAdmin={await isLastAdmin(context, owner)} />);
  });
}
