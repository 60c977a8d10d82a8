import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { Channel } from '../tables.ts';
import '../tables.ts';

/** A piece of free text from a channel, with where it came from. */
export interface ContributionInput {
  organisationId: string;
  processId: string | null;
  channel: Channel;
  sourceType: string;
  sourceId: string;
  authorUserId: string | null;
  participantKey?: string | null;
  language: string;
  text: string;
  metadata?: Record<string, unknown>;
}

/**
 * Records (or, when the same source is saved again, updates) a contribution.
 * Call it in the channel's own transaction so the two never disagree. Empty
 * text removes the contribution: an emptied answer is no longer a voice.
 */
export async function recordContribution(db: Db, input: ContributionInput, now: Date): Promise<void> {
  const text = input.text.trim();
  const existing = await db
    .selectFrom('contributions')
    .select('id')
    .where('organisation_id', '=', input.organisationId)
    .where('source_type', '=', input.sourceType)
    .where('source_id', '=', input.sourceId)
    .executeTakeFirst();
  if (text === '') {
    if (existing) await db.deleteFrom('contributions').where('id', '=', existing.id).execute();
    return;
  }
  const values = {
    process_id: input.processId,
    channel: input.channel,
    author_user_id: input.authorUserId,
    participant_key: input.participantKey ?? null,
    language: input.language,
    text,
    metadata: JSON.stringify(input.metadata ?? {}),
    updated_at: now.toISOString(),
  };
  if (existing) {
    await db.updateTable('contributions').set(values).where('id', '=', existing.id).execute();
    return;
  }
  await db
    .insertInto('contributions')
    .values({
      id: newId(),
      organisation_id: input.organisationId,
      source_type: input.sourceType,
      source_id: input.sourceId,
      hidden: 0,
      created_at: now.toISOString(),
      ...values,
    })
    .execute();
}

/** Removes the contribution of a source that was deleted. */
export async function deleteContribution(db: Db, organisationId: string, sourceType: string, sourceId: string): Promise<void> {
  await db
    .deleteFrom('contributions')
    .where('organisation_id', '=', organisationId)
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .execute();
}
