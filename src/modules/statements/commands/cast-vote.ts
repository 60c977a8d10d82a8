import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { channelState, toChannel } from '../model.ts';
import { VOTE_VALUES, type VoteName } from '../tables.ts';
import { beginInputsChange, findOrCreateParticipant, type ParticipantIdentity } from './channel-lock.ts';

/** A vote to record. */
export interface CastVoteInput {
  organisationId: string;
  channelId: string;
  statementId: string;
  vote: VoteName;
  identity: ParticipantIdentity;
}

/** Who voted, and their progress after the vote: published statements voted on, of all published. */
export interface CastVoteResult {
  participantId: string;
  participantNumber: number;
  voted: number;
  total: number;
}

/** Refuses votes and statements outside the channel's open time (409, said in the user's language). */
export function assertOpen(state: ReturnType<typeof channelState>): void {
  if (state === 'open') return;
  if (state === 'notYetOpen') throw refuse.conflict('statements.participation.notYetOpen');
  if (state === 'closed') throw refuse.conflict('statements.participation.closed');
  throw refuse.notFound();
}

/**
 * Records a participant's vote; a later vote on the same statement replaces
 * the earlier one. One transaction: the channel row is taken first (so a
 * participant is created once however many first votes race), the statement
 * must be published in this channel (hidden, pending and unknown all answer
 * 404), and the vote is an upsert on the key (channel, statement, participant):
 * whatever arrives concurrently, exactly one effective vote remains, the last written.
 */
export async function castVote(db: Db, input: CastVoteInput, now: Date): Promise<CastVoteResult> {
  return db.transaction().execute(async (trx) => {
    const channel = await beginInputsChange(trx, input.organisationId, input.channelId, now);
    assertOpen(channelState(toChannel(channel), now));
    const statement = await trx
      .selectFrom('statements')
      .select(['id', 'status'])
      .$call(inOrganisation(input.organisationId, 'statements'))
      .where('channel_id', '=', input.channelId)
      .where('id', '=', input.statementId)
      .executeTakeFirst();
    if (statement?.status !== 'published') throw refuse.notFound();
    const participant = await findOrCreateParticipant(trx, channel, input.identity, now);
    const timestamp = now.toISOString();
    await trx
      .insertInto('statement_votes')
      .values({
        organisation_id: input.organisationId,
        channel_id: input.channelId,
        statement_id: statement.id,
        participant_id: participant.id,
        vote: VOTE_VALUES[input.vote],
        first_voted_at: timestamp,
        voted_at: timestamp,
      })
      .onConflict((oc) =>
        oc.columns(['channel_id', 'statement_id', 'participant_id']).doUpdateSet((eb) => ({
          vote: eb.ref('excluded.vote'),
          voted_at: eb.ref('excluded.voted_at'),
        })),
      )
      .execute();
    const published = () =>
      trx
        .selectFrom('statements')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .$call(inOrganisation(input.organisationId, 'statements'))
        .where('channel_id', '=', input.channelId)
        .where('status', '=', 'published');
    const total = await published().executeTakeFirstOrThrow();
    const voted = await published()
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('statement_votes')
            .select('statement_votes.statement_id')
            .whereRef('statement_votes.statement_id', '=', 'statements.id')
            .where('statement_votes.participant_id', '=', participant.id),
        ),
      )
      .executeTakeFirstOrThrow();
    return { participantId: participant.id, participantNumber: participant.number, voted: Number(voted.count), total: Number(total.count) };
  });
}
