/** The position after an audit entry: its time and id, so entries with equal times still page exactly. */
export interface AuditCursor {
  createdAt: string;
  id: string;
}

/** Encodes a cursor as URL-safe text. */
export function encodeAuditCursor(entry: AuditCursor): string {
  return Buffer.from(`${entry.createdAt}|${entry.id}`, 'utf8').toString('base64url');
}

/** Decodes a cursor; null when it is damaged or was not made by us. */
export function decodeAuditCursor(cursor: string): AuditCursor | null {
  const [createdAt = '', id = '', ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/.test(createdAt) || !/^[0-9a-f-]{1,64}$/.test(id)) return null;
  return { createdAt, id };
}
