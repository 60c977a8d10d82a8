import type { Db } from '../../../platform/db/database.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Channel } from '../tables.ts';
import '../tables.ts';

/** A contribution as the insights module and exports read it. */
export interface Contribution {
  id: string;
  processId: string | null;
  channel: Channel;
  sourceType: string;
  sourceId: string;
  language: string;
  /** Who gave it, pseudonymously (a survey response, a workshop participant) or as an account: one person's texts group by it. */
  participantKey: string | null;
  authorUserId: string | null;
  text: string;
  metadata: Record<string, unknown>;
  createdAt: string;
}

/** A page of a process's visible contributions, oldest first, optionally of one channel. */
export async function listContributions(
  db: Db,
  organisationId: string,
  options: { processId: string; channel?: Channel; after?: string; limit: number },
): Promise<Contribution[]> {
  let query = db
    .selectFrom('contributions')
    .select([
      'id',
      'process_id',
      'channel',
      'source_type',
      'source_id',
      'language',
      'participant_key',
      'author_user_id',
      'text',
      'metadata',
      'created_at',
    ])
    .$call(inOrganisation(organisationId, 'contributions'))
    .where('process_id', '=', options.processId)
    .where('hidden', '=', 0)
    .orderBy('created_at')
    .orderBy('id')
    .limit(options.limit);
  if (options.channel) query = query.where('channel', '=', options.channel);
  if (options.after) query = query.where('created_at', '>', options.after);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    processId: row.process_id,
    channel: row.channel,
    sourceType: row.source_type,
    sourceId: row.source_id,
    language: row.language,
    participantKey: row.participant_key,
    authorUserId: row.author_user_id,
    text: row.text,
    metadata: parseJsonColumn<Record<string, unknown>>(row.metadata, {}),
    createdAt: row.created_at,
  }));
}
