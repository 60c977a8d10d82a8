import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../../platform/http/api.ts';
import type { AppContext } from '../../../platform/module.ts';
import { recordAuditRead } from '../commands/record-audit-read.ts';
import { listAuditEntries } from '../queries/list-audit-entries.ts';
import { auditItemResponseSchema, auditQuerySchema } from '../schemas.ts';

/** GET /api/v1/audit: the audit log for admins, newest first; the reading is itself recorded. */
export function registerAuditApi(app: FastifyInstance, context: AppContext): void {
  context.api.add(app, {
    method: 'GET',
    url: '/audit',
    summary: 'The audit log, newest first, optionally only actions that start with `action`',
    tag: 'organisations',
    permission: 'organisations.audit.read',
    query: auditQuerySchema,
    response: pageOf(auditItemResponseSchema),
    handler: async ({ request, query }) => {
      const { actor } = request.identity;
      await recordAuditRead(context.db, actor, request.ip, context.clock.now());
      return listAuditEntries(context.db, actor.organisationId, { limit: query.limit, cursor: query.cursor, actionPrefix: query.action });
    },
  });
}
