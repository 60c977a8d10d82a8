import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { page } from '../../../platform/http/paths.ts';
import { check } from '../../../platform/http/validation.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { recordAuditRead } from '../commands/record-audit-read.ts';
import { listAuditEntries } from '../queries/list-audit-entries.ts';
import { nameAuditEntries } from '../queries/name-audit-entries.ts';
import { auditQuerySchema } from '../schemas.ts';
import { AuditPage } from '../views/audit-page.tsx';

const PAGE_SIZE = 50;

/** The audit log page; each reading is itself recorded (at most hourly per admin). */
export function registerAuditRoutes(app: FastifyInstance, context: AppContext): void {
  page(app, 'GET', '/admin/audit', async (request, reply) => {
    authorize(context.authorizer, request, 'organisations.audit.read');
    const query = request.query as Record<string, unknown>;
    const action = typeof query.action === 'string' ? query.action : '';
    const checked = check(auditQuerySchema, { ...query, limit: PAGE_SIZE });
    if (!checked.ok) {
      const empty = { items: [], nextCursor: null };
      return renderPage(context, request, reply, <AuditPage page={empty} action={action} paged={false} errors={checked.errors} />, 422);
    }
    const { actor } = request.identity;
    await recordAuditRead(context.db, actor, request.ip, context.clock.now());
    const entries = await listAuditEntries(context.db, actor.organisationId, {
      limit: PAGE_SIZE,
      cursor: checked.data.cursor,
      actionPrefix: checked.data.action,
    });
    const items = await nameAuditEntries(context, actor.organisationId, entries.items);
    return renderPage(
      context,
      request,
      reply,
      <AuditPage
        page={{ items, nextCursor: entries.nextCursor }}
        action={checked.data.action ?? ''}
        paged={Boolean(checked.data.cursor)}
      />,
    );
  });
}
