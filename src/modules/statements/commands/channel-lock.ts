import type { Selectable } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { StatementChannelsTable } from '../tables.ts';
import '../tables.ts';

/** Who takes part: an account, or a browser known by its hashed cookie token. */
export interface ParticipantIdentity {
  userId: string | null;
  browserKey: string | null;
}

/**
 * Starts a change to what the opinion groups are computed from, inside the
 * caller's transaction: raises the channel's inputs version and notes that a
 * recomputation is wanted. Updating the channel row first also locks it, so
 * every later step of the transaction (numbering, one vote per person) runs
 * one at a time per channel on PostgreSQL as it does on SQLite.
 */
export async function beginInputsChange(
  trx: Db,
  organisationId: string,
  channelId: string,
  now: Date,
): Promise<Selectable<StatementChannelsTable>> {
  const row = await trx
    .updateTable('statement_channels')
    .set((eb) => ({
      inputs_version: eb('inputs_version', '+', 1),
      recompute_requested_at: eb.fn.coalesce('recompute_requested_at', eb.val(now.toISOString())),
    }))
    .$call(inOrganisation(organisationId, 'statement_channels'))
    .where('id', '=', channelId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw refuse.notFound();
  return row;
}

/**
 * The participant of this identity in the channel, created with the next
 * participant number when new. Call after beginInputsChange, which holds the
 * channel row: two first votes of one browser cannot both create it.
 */
export async function findOrCreateParticipant(
  trx: Db,
  channel: Pick<StatementChannelsTable, 'id' | 'organisation_id'>,
  identity: ParticipantIdentity,
  now: Date,
): Promise<{ id: string; number: number }> {
  if (!identity.userId && !identity.browserKey) throw new Error('a participant needs an account or a browser key');
  let query = trx
    .selectFrom('statement_participants')
    .select(['id', 'number'])
    .$call(inOrganisation(channel.organisation_id, 'statement_participants'))
    .where('channel_id', '=', channel.id);
  query = identity.userId ? query.where('user_id', '=', identity.userId) : query.where('browser_key', '=', identity.browserKey);
  const existing = await query.executeTakeFirst();
  if (existing) return existing;
  const counter = await trx
    .updateTable('statement_channels')
    .set((eb) => ({ next_participant_number: eb('next_participant_number', '+', 1) }))
    .$call(inOrganisation(channel.organisation_id, 'statement_channels'))
    .where('id', '=', channel.id)
    .returning('next_participant_number')
    .executeTakeFirstOrThrow();
  const participant = { id: newId(), number: counter.next_participant_number };
  await trx
    .insertInto('statement_participants')
    .values({
      id: participant.id,
      organisation_id: channel.organisation_id,
      channel_id: channel.id,
      number: participant.number,
      user_id: identity.userId,
      browser_key: identity.userId ? null : identity.browserKey,
      origin: 'web',
      created_at: now.toISOString(),
    })
    .execute();
  return participant;
}
