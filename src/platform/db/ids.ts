import { randomBytes, randomUUID } from 'node:crypto';

/** A new primary key: a random UUID, generated in the app so both engines agree. */
export function newId(): string {
  return randomUUID();
}

/** A URL-safe random token of `bytes` bytes (for cookies, links and codes). */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
