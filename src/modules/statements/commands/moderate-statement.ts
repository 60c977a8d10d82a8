import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { deleteContribution } from '../../contributions/index.ts';
import { beginInputsChange } from './channel-lock.ts';
import { recordStatementContribution } from './insert-statements.ts';

/** A moderator's decision: publish (or publish again), or hide with a reason. */
export interface ModerationDecision {
  channelId: string;
  statementId: string;
  decision: 'publish' | 'hide';
  reason?: string | undefined;
}

/**
 * Publishes or hides a statement. A hidden statement takes no more votes, is
 * zeroed on the map (as Polis does with moderated-out statements) and leaves
 * the contributions corpus; publishing puts it back. Audited.
 */
export async function moderateStatement(db: Db, actor: Actor, input: ModerationDecision, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const channel = await beginInputsChange(trx, actor.organisationId, input.channelId, now);
    const statement = await trx
      .selectFrom('statements')
      .selectAll()
      .$call(inOrganisation(actor.organisationId, 'statements'))
      .where('channel_id', '=', input.channelId)
      .where('id', '=', input.statementId)
      .executeTakeFirst();
    if (!statement) throw refuse.notFound();
    const hide = input.decision === 'hide';
    await trx
      .updateTable('statements')
      .set({
        status: hide ? 'hidden' : 'published',
        hidden_reason: hide ? (input.reason ?? null) : null,
        moderated_by_user_id: actor.userId,
        moderated_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .$call(inOrganisation(actor.organisationId, 'statements'))
      .where('id', '=', statement.id)
      .execute();
    if (hide) {
      await deleteContribution(trx, actor.organisationId, 'statement', statement.id);
    } else {
      const published = { ...statement, authorUserId: statement.author_user_id };
      await recordStatementContribution(trx, channel, published, statement.author_participant_id, now);
    }
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: hide ? 'statements.statement.hide' : 'statements.statement.publish',
        subjectType: 'statement',
        subjectId: statement.id,
        details: { channelId: input.channelId, number: statement.number, reason: input.reason ?? null },
      },
      now,
    );
  });
}
