import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { type Channel, toChannel } from '../model.ts';
import '../tables.ts';

/** A page of channels and the cursor of the next page. */
export interface ChannelPage {
  items: Channel[];
  nextCursor: string | null;
}

function encodeCursor(channel: Channel): string {
  return Buffer.from(JSON.stringify([channel.createdAt, channel.id])).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeChannelCursor(cursor: string): [string, string] | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) return value as [string, string];
  } catch {
    // Not base64 JSON: the caller answers 422.
  }
  return null;
}

/** A process's channels, oldest first, paged by (created_at, id); drafts only for those who may see them. */
export async function listProcessChannels(
  db: Db,
  organisationId: string,
  processId: string,
  options: { includeDrafts: boolean; limit: number; after?: [string, string] | null },
): Promise<ChannelPage> {
  let query = db
    .selectFrom('statement_channels')
    .selectAll()
    .$call(inOrganisation(organisationId, 'statement_channels'))
    .where('process_id', '=', processId);
  if (!options.includeDrafts) query = query.where('status', '=', 'published');
  const after = options.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('created_at', '>', after[0]), eb.and([eb('created_at', '=', after[0]), eb('id', '>', after[1])])]),
    );
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  const items = rows.slice(0, options.limit).map(toChannel);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null };
}

/** Every channel of the organisation, newest first (the admin list; filtered by permission there). */
export async function listOrganisationChannels(db: Db, organisationId: string): Promise<Channel[]> {
  const rows = await db
    .selectFrom('statement_channels')
    .selectAll()
    .$call(inOrganisation(organisationId, 'statement_channels'))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toChannel);
}
