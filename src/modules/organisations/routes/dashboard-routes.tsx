import type { FastifyInstance } from 'fastify';
import { forbidden, unauthenticated } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { fromWallTime, toWallTime } from '../../../platform/zoned-time.ts';
import { countParticipation } from '../../contributions/index.ts';
import { recordAuditRead } from '../commands/record-audit-read.ts';
import { listAuditEntries } from '../queries/list-audit-entries.ts';
import { listUnitTree } from '../queries/list-units.ts';
import { nameAuditEntries } from '../queries/name-audit-entries.ts';
import { unitFigures } from '../queries/unit-figures.ts';
import { DashboardPage } from '../views/dashboard-page.tsx';
import type { MonthParticipation } from '../views/participation-section.tsx';

const RECENT_AUDIT_ENTRIES = 5;

/** The calendar month of an instant in a time zone: its first day and the instants it starts and ends at. */
export function monthOf(instant: Date, timeZone: string): { month: string; from: Date; to: Date } {
  const [year, month] = toWallTime(instant, timeZone).date.split('-').map(Number) as [number, number];
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  // Midnight is never skipped by Finnish (or any EU) daylight saving, so these always name an instant.
  const start = (date: string) => fromWallTime({ date, time: '00:00' }, timeZone) ?? new Date(`${date}T00:00:00Z`);
  return { month: first, from: start(first), to: start(next) };
}

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
    let participation: MonthParticipation | null = null;
    if (context.authorizer.can(actor, 'organisations.participation.read')) {
      const period = monthOf(context.clock.now(), request.organisation.timeZone);
      participation = { month: period.month, figures: await countParticipation(context.db, actor.organisationId, period) };
    }
    let recent = null;
    if (context.authorizer.can(actor, 'organisations.audit.read')) {
      await recordAuditRead(context.db, actor, request.ip, context.clock.now());
      const entries = await listAuditEntries(context.db, actor.organisationId, { limit: RECENT_AUDIT_ENTRIES });
      recent = await nameAuditEntries(context, actor.organisationId, entries.items);
    }
    return renderPage(
      context,
      request,
      reply,
      <DashboardPage links={links} figures={figures} participation={participation} recent={recent} />,
    );
  });
}
