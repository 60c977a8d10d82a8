import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { channelState, toChannel } from '../model.ts';
import { STATEMENT_LIMITS } from '../schemas.ts';
import type { StatementStatus } from '../tables.ts';
import { assertOpen } from './cast-vote.ts';
import { beginInputsChange, findOrCreateParticipant, type ParticipantIdentity } from './channel-lock.ts';
import { countStatements } from './count-statements.ts';
import { insertStatements } from './insert-statements.ts';

/** A statement a participant writes. */
export interface SubmitStatementInput {
  organisationId: string;
  channelId: string;
  text: string;
  language: string;
  identity: ParticipantIdentity;
}

/**
 * Stores a participant's statement: waiting for a moderator when the channel
 * moderates before publication, published at once (and a contribution)
 * otherwise. The same text twice in a channel is refused (409).
 */
export async function submitStatement(db: Db, input: SubmitStatementInput, now: Date): Promise<{ id: string; status: StatementStatus }> {
  return db.transaction().execute(async (trx) => {
    const channel = await beginInputsChange(trx, input.organisationId, input.channelId, now);
    assertOpen(channelState(toChannel(channel), now));
    if (channel.participants_may_add !== 1) throw refuse.forbidden();
    if ((await countStatements(trx, channel)) >= STATEMENT_LIMITS.statementsPerChannelMax) {
      throw refuse.conflict('statements.statement.channelFull', { max: STATEMENT_LIMITS.statementsPerChannelMax });
    }
    const duplicate = await trx
      .selectFrom('statements')
      .select('id')
      .$call(inOrganisation(input.organisationId, 'statements'))
      .where('channel_id', '=', input.channelId)
      .where('text', '=', input.text)
      .executeTakeFirst();
    if (duplicate) throw refuse.conflict('statements.statement.duplicate');
    const participant = await findOrCreateParticipant(trx, channel, input.identity, now);
    const status: StatementStatus = channel.moderation === 'before' ? 'pending' : 'published';
    const [inserted] = await insertStatements(
      trx,
      channel,
      [
        {
          text: input.text,
          language: input.language,
          origin: 'participant',
          status,
          authorParticipantId: participant.id,
          authorUserId: input.identity.userId,
        },
      ],
      now,
    );
    return { id: inserted?.id ?? '', status };
  });
}
