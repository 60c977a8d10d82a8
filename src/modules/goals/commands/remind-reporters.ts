import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { Round } from '../model.ts';
import { loadFollowUp, toRound } from '../queries/load-follow-up.ts';
import { newReportLink } from '../report-links.ts';
import { reportingOf } from '../reporting.ts';
import type { IssuedLink } from './open-round.ts';

/** How many days before a round's due day its missing reporters are reminded. */
export const REMINDER_DAYS_BEFORE = 3;
/** A round opened less than a day ago is not reminded yet: its invitation has only just gone. */
const QUIET_AFTER_OPENING_MS = 86_400_000;
const DAY_MS = 86_400_000;

/** A round whose reminder this run claimed, with the links to mail. */
export interface ClaimedReminder {
  organisationId: string;
  round: Round;
  links: IssuedLink[];
}

/** The rounds due for their reminder: opened by mail at least a day ago, open, not yet reminded, due within the next days (UTC). */
export async function listRoundsToRemind(db: Db, now: Date) {
  const today = now.toISOString().slice(0, 10);
  const last = new Date(now.getTime() + REMINDER_DAYS_BEFORE * DAY_MS).toISOString().slice(0, 10);
  return db
    .selectFrom('goal_rounds')
    .selectAll()
    .where('invited_at', 'is not', null)
    .where('invited_at', '<=', new Date(now.getTime() - QUIET_AFTER_OPENING_MS).toISOString())
    .where('closed_at', 'is', null)
    .where('reminded_at', 'is', null)
    .where('due_on', '>=', today)
    .where('due_on', '<=', last)
    .execute();
}

/**
 * Claims a round's reminder (once per round: the update that sets `reminded_at` where none is wins)
 * and gives each reporter still missing a figure a new personal link, beside the one they already
 * have. The claim, the links and the audit entry are one transaction; the mail goes after it.
 * Answers undefined when another run claimed the round first.
 */
export async function claimRoundReminder(db: Db, organisationId: string, roundId: string, now: Date): Promise<ClaimedReminder | undefined> {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('goal_rounds')
      .set({ reminded_at: now.toISOString() })
      .$call(inOrganisation(organisationId, 'goal_rounds'))
      .where('id', '=', roundId)
      .where('reminded_at', 'is', null)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return undefined;
    const row = await trx
      .selectFrom('goal_rounds')
      .selectAll()
      .$call(inOrganisation(organisationId, 'goal_rounds'))
      .where('id', '=', roundId)
      .executeTakeFirstOrThrow();
    const round = toRound(row);
    const followUp = await loadFollowUp(trx, organisationId, round.processId);
    const missing = new Map<string, number>();
    for (const entry of reportingOf(followUp, round, now.toISOString().slice(0, 10)))
      if (entry.ownerUserId && entry.reported < entry.indicatorIds.length)
        missing.set(entry.ownerUserId, (missing.get(entry.ownerUserId) ?? 0) + entry.indicatorIds.length - entry.reported);
    const links = [...missing].map(([userId, indicators]) => ({ userId, indicators, ...newReportLink(round.dueOn, now) }));
    for (const link of links)
      await trx
        .insertInto('goal_report_links')
        .values({
          token_hash: link.hash,
          organisation_id: organisationId,
          round_id: round.id,
          user_id: link.userId,
          created_at: now.toISOString(),
          expires_at: link.expiresAt,
        })
        .execute();
    await recordAudit(
      trx,
      {
        organisationId,
        actorUserId: null,
        action: 'goals.round.remind',
        subjectType: 'goals_round',
        subjectId: round.id,
        details: { reporters: links.length, daysBefore: REMINDER_DAYS_BEFORE },
      },
      now,
    );
    return {
      organisationId,
      round,
      links: links.map(({ userId, token, expiresAt, indicators }) => ({ userId, token, expiresAt, indicators })),
    };
  });
}
