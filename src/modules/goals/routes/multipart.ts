import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../../../platform/http/errors.ts';
import { GOALS_LIMITS } from '../schemas.ts';

/**
 * A multipart body's limit: twice the largest file the schema accepts (so a file somewhat over it is that field's
 * 422, not a bare 413), the pasted text at its longest in UTF-8, and room for the other fields.
 */
const MULTIPART_LIMIT = 2 * GOALS_LIMITS.csvFileBytes + 4 * GOALS_LIMITS.csvMax + 64 * 1024;

/**
 * Reads a multipart/form-data body with the runtime's own parser (WHATWG `FormData`): text fields as strings, a file as
 * its bytes in base64 (an empty file input as ''), so the figures' one input schema serves the form and the JSON API.
 * The same reading as the staff import's (accounts); both would be better as one platform helper.
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
    if (name.includes('\u0000') || (typeof value === 'string' && text.includes('\u0000')))
      throw new HttpError(400, 'null-character', 'platform.error.nullCharacter');
    const existing = fields[name];
    if (existing === undefined) fields[name] = text;
    else fields[name] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return fields;
}

/** Multipart bodies for this module's routes (the figures' CSV form posts a file), in the module's own scope only. */
export function registerMultipart(app: FastifyInstance): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MULTIPART_LIMIT }, (request, body, done) => {
    parseMultipart(request, body as Buffer).then(
      (fields) => done(null, fields),
      (error: Error) => done(error, undefined),
    );
  });
}
