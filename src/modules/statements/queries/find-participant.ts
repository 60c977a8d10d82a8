import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { ParticipantIdentity } from '../commands/channel-lock.ts';
import '../tables.ts';

/** A participant of a channel: the row id and the number the computation knows them by. */
export interface Participant {
  id: string;
  number: number;
}

/** The participant this account or browser already is in the channel, if it has taken part. */
export async function findParticipant(
  db: Db,
  organisationId: string,
  channelId: string,
  identity: ParticipantIdentity,
): Promise<Participant | undefined> {
  if (!identity.userId && !identity.browserKey) return undefined;
  let query = db
    .selectFrom('statement_participants')
    .select(['id', 'number'])
    .$call(inOrganisation(organisationId, 'statement_participants'))
    .where('channel_id', '=', channelId);
  query = identity.userId ? query.where('user_id', '=', identity.userId) : query.where('browser_key', '=', identity.browserKey);
  return query.executeTakeFirst();
}

/** The participant's effective votes in the channel: statement id → 1, −1 or 0. */
export async function listParticipantVotes(
  db: Db,
  organisationId: string,
  channelId: string,
  participantId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('statement_votes')
    .select(['statement_id', 'vote'])
    .$call(inOrganisation(organisationId, 'statement_votes'))
    .where('channel_id', '=', channelId)
    .where('participant_id', '=', participantId)
    .execute();
  return new Map(rows.map((row) => [row.statement_id, Number(row.vote)]));
}
