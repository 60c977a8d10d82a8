import type { FastifyInstance } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { acceptMultipart } from '../../../platform/http/multipart.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { StaffImportPage } from './staff-import-page.tsx';
import { STAFF_IMPORT_LIMITS } from './staff-import-schema.ts';

/** A multipart body's limit: the largest file in base64 (the confirm form's hidden field), and room for the other fields. */
const MULTIPART_LIMIT = Math.ceil(STAFF_IMPORT_LIMITS.fileBytes / 3) * 4 + 64 * 1024;

/**
 * The staff import's upload page, and multipart bodies for this module's routes
 * (the import's form posts a file; nothing else of the module is multipart). The
 * parser is added in the module's own scope, so other modules still answer 415.
 */
export function registerStaffImportRoutes(app: FastifyInstance, context: AppContext): void {
  acceptMultipart(app, MULTIPART_LIMIT);
  page(app, 'GET', '/admin/staff/import', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    return renderPage(context, request, reply, <StaffImportPage deactivateMissing={false} />);
  });
}
