import type { FastifyInstance } from 'fastify';
import { nullCharacter } from './body-parsers.ts';
import { HttpError } from './errors.ts';

/**
 * Reads a multipart/form-data body with the runtime's own parser (WHATWG `FormData`, undici): text fields as strings,
 * a file as its bytes in base64 (an empty file input as ''), so an action's one input schema serves the upload form and
 * the JSON API (which takes the file as base64). A repeated name gives an array. A body the parser cannot read is 400;
 * NUL in a name or a text field is 400, as in every other body.
 */
export async function readMultipart(contentType: string, body: Buffer): Promise<Record<string, string | string[]>> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HttpError(400, 'bad-multipart', 'platform.error.badEncoding');
  }
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of form as unknown as Iterable<[string, string | Blob]>) {
    const text = typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer()).toString('base64');
    if (name.includes('\u0000') || text.includes('\u0000')) throw nullCharacter();
    const existing = fields[name];
    if (existing === undefined) fields[name] = text;
    else fields[name] = Array.isArray(existing) ? [...existing, text] : [existing, text];
  }
  return fields;
}

/**
 * Accepts multipart/form-data bodies of at most `bodyLimit` bytes in this scope only: a module calls it in its own
 * (encapsulated) routes, so every other module still answers 415 to a multipart body.
 */
export function acceptMultipart(app: FastifyInstance, bodyLimit: number): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    readMultipart(String(request.headers['content-type']), body as Buffer).then(
      (fields) => done(null, fields),
      (error: Error) => done(error, undefined),
    );
  });
}
