import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../../platform/http/authorize.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { listUsers } from '../queries/list-users.ts';
import { listDirectoryUnits } from '../queries/staff-directory.ts';
import { ACCOUNT_LIMITS } from '../schemas.ts';
import { StaffDirectoryPage } from '../views/staff-directory-page.tsx';

/** The people of one unit shown at once: the directory is for finding, the user list for paging. */
const PEOPLE_SHOWN = 500;

const directoryQuerySchema = z.object({ unit: z.string().max(ACCOUNT_LIMITS.idMax).optional() });

/** The staff directory (`/admin/staff`): admins see every unit, a unit manager theirs and what is beneath it. */
export function registerStaffDirectoryRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/staff', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.staff.read');
    const query = directoryQuerySchema.safeParse(request.query ?? {});
    if (!query.success) throw notFound();
    const actor = request.identity.actor;
    const units = await listDirectoryUnits(context.db, context.authorizer, actor);
    const chosen = query.data.unit ? units.find((unit) => unit.id === query.data.unit) : undefined;
    // An unknown unit, another organisation's and one outside the manager's own look the same.
    if (query.data.unit && !chosen) throw notFound();
    const people = chosen
      ? await listUsers(context.db, actor.organisationId, { search: '', unitIds: chosen.subtree, activeOnly: true, limit: PEOPLE_SHOWN })
      : { items: [], nextCursor: null };
    const props = { units, chosen: chosen ?? null, people: people.items, more: people.nextCursor !== null };
    return renderPage(context, request, reply, <StaffDirectoryPage {...props} />);
  });
}
