import { notFound } from '../../platform/http/errors.ts';

const SLUG = /^[a-z0-9-]{1,100}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A slug taken from a URL, or 404. Checked before any query: no stored slug
 * looks different, and PostgreSQL refuses text with a NUL byte, which would
 * otherwise surface as a 500.
 */
export function slugFromUrl(value: unknown): string {
  if (typeof value !== 'string' || !SLUG.test(value)) throw notFound();
  return value;
}

/** An id taken from a URL, or 404 (ids are UUIDs; see slugFromUrl for why it is checked first). */
export function idFromUrl(value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) throw notFound();
  return value;
}
