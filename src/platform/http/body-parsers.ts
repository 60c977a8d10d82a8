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

/** How deep a JSON body may nest: far beyond any schema here, far below what would exhaust the stack. */
export const JSON_DEPTH_MAX = 64;

const tooDeep = () => new HttpError(400, 'too-deep', 'platform.error.tooDeep', { max: JSON_DEPTH_MAX });

/**
 * Whether JSON text nests arrays and objects deeper than `max`, read in one pass before
 * parsing: thousands of `[` would otherwise overflow the stack of the parser or of the
 * walks after it and come back as "bad JSON" or worse.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

/**
 * Whether a parsed JSON value holds a lone surrogate (`"\ud800"`): valid JSON escapes, but
 * not Unicode text, refused as invalid UTF-8 in a body is (decision 6).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

function containsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return !isWellFormed(value);
  if (Array.isArray(value)) return value.some(containsLoneSurrogate);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, child]) => !isWellFormed(key) || containsLoneSurrogate(child));
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
      if (nestsDeeperThan(text, JSON_DEPTH_MAX)) return done(tooDeep(), undefined);
      const parsed: unknown = JSON.parse(text);
      if (containsNull(parsed)) return done(nullCharacter(), undefined);
      if (containsLoneSurrogate(parsed)) return done(badEncoding(), undefined);
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
