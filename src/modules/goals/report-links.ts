import { createHash } from 'node:crypto';
import { newToken } from '../../platform/db/ids.ts';

/** How long after the round's due day (or after it is opened, if later) a mailed link works, unless the round closes first. */
export const REPORT_LINK_GRACE_DAYS = 14;

/** Only a link's SHA-256 is kept: a copy of the table cannot report anyone's figures. */
export function hashReportToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new link's token, its hash and when it stops working. */
export function newReportLink(dueOn: string, now: Date): { token: string; hash: string; expiresAt: string } {
  const token = newToken();
  const dueEnd = new Date(`${dueOn}T23:59:59Z`).getTime();
  const expiresAt = new Date(Math.max(dueEnd, now.getTime()) + REPORT_LINK_GRACE_DAYS * 86_400_000).toISOString();
  return { token, hash: hashReportToken(token), expiresAt };
}
