import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { Round } from '../model.ts';
import { linesOf, type RoundInput } from '../schemas.ts';
import { checkRoundReferences } from './check-round-references.ts';
import { roundColumns } from './round-columns.ts';

/**
 * Replaces a round's guide, units and dates. Once a work community has opened its dialogue, the
 * number of questions stays (answers are kept by position): rewording is fine, adding or removing is refused.
 */
export async function updateRound(db: Db, actor: Actor, round: Round, input: RoundInput, now: Date): Promise<void> {
  await checkRoundReferences(db, actor.organisationId, input);
  await db.transaction().execute(async (trx) => {
    if (linesOf(input.questions.fi).length !== linesOf(round.questions.fi).length) {
      const recorded = await trx
        .selectFrom('dialogue_records')
        .select('id')
        .$call(inOrganisation(actor.organisationId, 'dialogue_records'))
        .where('round_id', '=', round.id)
        .limit(1)
        .executeTakeFirst();
      if (recorded) throw refuse.invalid({ 'questions.fi': { key: 'dialogues.validation.questionsFixed' } });
    }
    await trx
      .updateTable('dialogue_rounds')
      .set({ ...roundColumns(input), updated_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'dialogue_rounds'))
      .where('id', '=', round.id)
      .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'dialogues.round.update',
        subjectType: 'dialogue_round',
        subjectId: round.id,
        details: { title: input.title.fi, dueOn: input.dueOn },
      },
      now,
    );
  });
}
