import type { FastifyInstance } from 'fastify';
import { forbidden, unauthenticated } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { recordAuditRead } from '../commands/record-audit-read.ts';
import { listAuditEntries } from '../queries/list-audit-entries.ts';
import { listUnitTree } from '../queries/list-units.ts';
import { unitFigures } from '../queries/unit-figures.ts';
import { DashboardPage } from '../views/dashboard-page.tsx';

const RECENT_AUDIT_ENTRIES = 5;

/** The admin home at /admin: open to anyone who may use at least one admin area. */
export function registerDashboardRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin', async (request, reply) => {
    const { actor, user } = request.identity;
    if (!user) throw unauthenticated();
    const links = context.adminLinks.filter((link) => context.authorizer.can(actor, link.permission));
    if (links.length === 0) throw forbidden();
    const figures = context.authorizer.can(actor, 'organisations.units.manage')
      ? unitFigures(await listUnitTree(context.db, actor.organisationId))
      : null;
    let recent = null;
    if (context.authorizer.can(actor, 'organisations.audit.read')) {
      await recordAuditRead(context.db, actor, request.ip, context.clock.now());
      recent = (await listAuditEntries(context.db, actor.organisationId, { limit: RECENT_AUDIT_ENTRIES })).items;
    }
    return renderPage(context, request, reply, <DashboardPage links={links} figures={figures} recent={recent} />);
  });
}
