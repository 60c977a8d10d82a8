import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../platform/http/authorize.ts';
import { HttpError } from '../../../platform/http/errors.ts';
import { page } from '../../../platform/http/paths.ts';
import type { AppContext } from '../../../platform/module.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { StaffImportPage } from './staff-import-page.tsx';
import { STAFF_IMPORT_LIMITS } from './staff-import-schema.ts';

/** A multipart body's limit: the largest file in base64 (the confirm form's hidden field), and room for the other fields. */
const MULTIPART_LIMIT = Math.ceil(STAFF_IMPORT_LIMITS.fileBytes / 3) * 4 + 64 * 1024;

/**
 * Reads a multipart/form-data body with the runtime's own parser (WHATWG `FormData`,
 * undici): text fields as strings, a file as its bytes in base64, so the action's
 * one input schema serves the upload form, the confirm form and the JSON API.
 */
async function parseMultipart(request: FastifyRequest, body: Buffer): Promise<Record<string, string | string[]>> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
  } catch {
    throw new HttpError(400, 'bad-multipart', 'platform.error.badEncoding');
  }
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of form as unknown as Iterable<[string, string | Blob]>) {
    const text = typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer()).toString('base64');
    if (name.includes('\u0000') || text.includes('\u0000')) throw new HttpError(400, 'null-character', 'platform.error.nullCharacter');
    const existing = fields[name];
    if (existing === undefined) fields[name] = text;
    else fields[name] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return fields;
}

/**
 * The staff import's upload page, and multipart bodies for this module's routes
 * (the import's form posts a file; nothing else of the module is multipart). The
 * parser is added in the module's own scope, so other modules still answer 415.
 */
export function registerStaffImportRoutes(app: FastifyInstance, context: AppContext): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MULTIPART_LIMIT }, (request, body, done) => {
    parseMultipart(request, body as Buffer).then(
      (fields) => done(null, fields),
      (error: Error) => done(error, undefined),
    );
  });
  page(app, 'GET', '/admin/staff/import', async (request, reply) => {
    authorize(context.authorizer, request, 'accounts.users.manage');
    return renderPage(context, request, reply, <StaffImportPage deactivateMissing={false} />);
  });
}
