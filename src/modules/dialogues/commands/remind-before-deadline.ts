import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import type { JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
import { listUnitLeads } from '../../accounts/index.ts';
import { listUnitTree } from '../../organisations/index.ts';
import { coverageStatus, DEADLINE_REMINDER_DAYS, type Round, toRound } from '../model.ts';
import { listRoundRecords } from '../queries/list-round-records.ts';
import { roundCommunities } from '../queries/round-communities.ts';
import { type ClaimedReminder, nearestLeads } from './claim-reminders.ts';
import { mailReminders } from './mail-reminders.ts';

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' of an instant plus some days, in UTC. */
function dayOf(now: Date, plusDays = 0): string {
  return new Date(now.getTime() + plusDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The reminders of one round this run claimed: each lead with a work community not yet held is
 * claimed once per round (a row per round and lead, inserted where none is), so a lead is never
 * mailed twice whatever the runs or processes. The claim and its audit entry are one transaction.
 */
async function claimDeadlineReminders(db: Db, round: Round, now: Date): Promise<ClaimedReminder[]> {
  const organisationId = round.organisationId;
  const today = dayOf(now);
  const records = await listRoundRecords(db, organisationId, round.id);
  const open = roundCommunities(await listUnitTree(db, organisationId), round.unitIds).filter(
    (community) => coverageStatus(records.get(community.id)?.record, round.dueOn, today) !== 'held',
  );
  if (open.length === 0) return [];
  const leadsByUnit = await listUnitLeads(
    db,
    organisationId,
    open.flatMap((community) => community.path),
  );
  const reminders = open.map((community) => ({ community, leads: nearestLeads(community, leadsByUnit) }));
  const perLead = new Map<string, number>();
  for (const { leads } of reminders) for (const lead of leads) perLead.set(lead.id, (perLead.get(lead.id) ?? 0) + 1);
  if (perLead.size === 0) return [];
  const rows = [...perLead].map(([leadId, communities]) => ({
    id: newId(),
    organisation_id: organisationId,
    round_id: round.id,
    lead_user_id: leadId,
    communities,
    created_at: now.toISOString(),
  }));
  const claimedLeads = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('dialogue_deadline_reminders')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['round_id', 'lead_user_id']).doNothing())
      .execute();
    const ours = await trx
      .selectFrom('dialogue_deadline_reminders')
      .select('lead_user_id')
      .$call(inOrganisation(organisationId, 'dialogue_deadline_reminders'))
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    if (ours.length > 0) {
      await recordAudit(
        trx,
        {
          organisationId,
          actorUserId: null,
          action: 'dialogues.reminders.schedule',
          subjectType: 'dialogue_round',
          subjectId: round.id,
          details: { leads: ours.length, daysBefore: DEADLINE_REMINDER_DAYS },
        },
        now,
      );
    }
    return new Set(ours.map((row) => row.lead_user_id));
  });
  return reminders
    .map(({ community, leads }) => ({ community, leads: leads.filter((lead) => claimedLeads.has(lead.id)) }))
    .filter((reminder) => reminder.leads.length > 0);
}

/**
 * Reminds the leads of work communities that have not held their dialogue when a round's due
 * date is at most DEADLINE_REMINDER_DAYS away (days in UTC): once per round and lead, by mail
 * in the lead's language, after the claim is committed. Answers how many mails went out.
 */
export async function remindBeforeDeadline(
  context: Pick<AppContext, 'db' | 'mailer' | 'translator' | 'config'>,
  run: Pick<JobRun, 'now' | 'log'>,
  origin: string,
): Promise<number> {
  const today = dayOf(run.now);
  const rows = await context.db
    .selectFrom('dialogue_rounds')
    .selectAll()
    .where('opens_on', '<=', today)
    .where('due_on', '>=', today)
    .where('due_on', '<=', dayOf(run.now, DEADLINE_REMINDER_DAYS))
    .execute();
  let sent = 0;
  for (const round of rows.map(toRound)) {
    try {
      const claimed = await claimDeadlineReminders(context.db, round, run.now);
      if (claimed.length > 0) sent += await mailReminders(context, round, claimed, origin, run.log, 'deadline');
    } catch (error) {
      run.log(error, 'the deadline reminders of a dialogue round could not be sent');
    }
  }
  return sent;
}
