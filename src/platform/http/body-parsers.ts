import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

const badEncoding = () => new HttpError(400, 'bad-encoding', 'platform.error.badEncoding');

/** NUL cannot be stored in PostgreSQL text and has no place in any form: refuse it at the door. */
export const nullCharacter = () => new HttpError(400, 'null-character', 'platform.error.nullCharacter');

function containsNull(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNull);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, child]) => key.includes('\u0000') || containsNull(child));
  return false;
}

function decodeUtf8(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw badEncoding();
  }
}

/** Parses `a=1&b=2&b=3` strictly: malformed percent-encoding or UTF-8 is a 400, not U+FFFD. */
export function parseUrlEncoded(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null);
  if (text === '') return fields;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const rawName = separator === -1 ? pair : pair.slice(0, separator);
    const rawValue = separator === -1 ? '' : pair.slice(separator + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw badEncoding();
    }
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else fields[name] = [existing, value];
  }
  return fields;
}

/** Installs strict JSON and form parsers (fatal UTF-8 decoding, clear 400s). */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(['application/json', 'application/problem+json'], { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer);
      if (text.trim() === '') return done(null, {});
      const parsed: unknown = JSON.parse(text);
      if (containsNull(parsed)) return done(nullCharacter(), undefined);
      done(null, parsed);
    } catch (error) {
      done(error instanceof HttpError ? error : new HttpError(400, 'bad-json', 'platform.error.badJson'), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const fields = parseUrlEncoded(decodeUtf8(body as Buffer));
      if (containsNull(fields)) return done(nullCharacter(), undefined);
      done(null, fields);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
