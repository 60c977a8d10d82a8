import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import type { AppContext } from '../../../platform/module.ts';
import { reporterOf } from '../follow-up-tree.ts';
import type { Round } from '../model.ts';
import { loadFollowUp } from '../queries/load-follow-up.ts';
import { newReportLink } from '../report-links.ts';

/** A reporter's new link, for the mail that carries it. */
export interface IssuedLink {
  userId: string;
  token: string;
  expiresAt: string;
  indicators: number;
}

/**
 * Opens a round for reporting by mail: every reporter of the process's indicators (an indicator's
 * own reporter, else its objective's owner) gets one new single-purpose link for the round; earlier
 * links of the round stop working. A closed round is refused (409). Answers the links to mail.
 */
export async function openRound(context: Pick<AppContext, 'db'>, actor: Actor, round: Round, now: Date): Promise<IssuedLink[]> {
  if (round.closedAt !== null) throw refuse.conflict('goals.round.alreadyClosed');
  const followUp = await loadFollowUp(context.db, actor.organisationId, round.processId);
  const objectives = new Map(followUp.objectives.map((objective) => [objective.id, objective]));
  const counts = new Map<string, number>();
  for (const indicator of followUp.indicators) {
    const objective = objectives.get(indicator.objectiveId);
    const reporter = objective ? reporterOf(indicator, objective) : null;
    if (reporter) counts.set(reporter, (counts.get(reporter) ?? 0) + 1);
  }
  const links = [...counts].map(([userId, indicators]) => ({ userId, indicators, ...newReportLink(round.dueOn, now) }));
  await context.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('goal_rounds')
      .set({ invited_at: now.toISOString() })
      .$call(inOrganisation(actor.organisationId, 'goal_rounds'))
      .where('id', '=', round.id)
      .execute();
    await trx
      .deleteFrom('goal_report_links')
      .$call(inOrganisation(actor.organisationId, 'goal_report_links'))
      .where('round_id', '=', round.id)
      .execute();
    for (const link of links)
      await trx
        .insertInto('goal_report_links')
        .values({
          token_hash: link.hash,
          organisation_id: actor.organisationId,
          round_id: round.id,
          user_id: link.userId,
          created_at: now.toISOString(),
          expires_at: link.expiresAt,
        })
        .execute();
    await recordAudit(
      trx,
      {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'goals.round.open',
        subjectType: 'goals_round',
        subjectId: round.id,
        details: { reporters: links.length },
      },
      now,
    );
  });
  return links.map(({ userId, token, expiresAt, indicators }) => ({ userId, token, expiresAt, indicators }));
}
