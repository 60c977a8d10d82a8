import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/authz/authz.ts';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { listUnitLeads, type UnitLead } from '../../accounts/index.ts';
import { listUnitTree } from '../../organisations/index.ts';
import { coverageStatus, type Round } from '../model.ts';
import { listRoundRecords } from '../queries/list-round-records.ts';
import { type RoundCommunity, roundCommunities } from '../queries/round-communities.ts';

/** An overdue work community whose reminder this call claimed, with the leads to mail. */
export interface ClaimedReminder {
  community: RoundCommunity;
  /** The community's own leads, or else those of the nearest unit above it that has any. */
  leads: UnitLead[];
}

/** The leads of the nearest unit on the community's path (itself first) that has any. */
export function nearestLeads(community: RoundCommunity, leads: Map<string, UnitLead[]>): UnitLead[] {
  for (const unitId of community.path) {
    const found = leads.get(unitId);
    if (found && found.length > 0) return found;
  }
  return [];
}

/** What a "send reminders" did: the claimed reminders, and the overdue communities it left alone. */
export interface ReminderClaims {
  claimed: ClaimedReminder[];
  /** Overdue communities already reminded today (by an earlier call). */
  alreadyReminded: number;
}

/**
 * Claims today's reminders of a round's overdue work communities: one row per community and day
 * (`dialogue_reminders`), inserted where none is, so a second call on the same day (or two at
 * once) claims nothing again. A community without a lead of its own is reminded through the
 * manager of the nearest unit above it; one with neither is claimed with no recipients, so the
 * coordinator is told of it once. The claim and its audit entry are one transaction; a few queries
 * whatever the number of communities.
 */
export async function claimReminders(db: Db, actor: Actor, round: Round, today: string, now: Date): Promise<ReminderClaims> {
  const organisationId = actor.organisationId;
  const records = await listRoundRecords(db, organisationId, round.id);
  const overdue = roundCommunities(await listUnitTree(db, organisationId), round.unitIds).filter(
    (community) => coverageStatus(records.get(community.id)?.record, round.dueOn, today) === 'overdue',
  );
  if (overdue.length === 0) return { claimed: [], alreadyReminded: 0 };
  const leadsByUnit = await listUnitLeads(
    db,
    organisationId,
    overdue.flatMap((community) => community.path),
  );
  const leads = new Map(overdue.map((community) => [community.id, nearestLeads(community, leadsByUnit)]));
  const rows = overdue.map((community) => ({
    id: newId(),
    organisation_id: organisationId,
    round_id: round.id,
    work_community_id: community.id,
    sent_on: today,
    recipients: leads.get(community.id)?.length ?? 0,
    sent_by_user_id: actor.userId,
    created_at: now.toISOString(),
  }));
  const ours = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('dialogue_reminders')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['round_id', 'work_community_id', 'sent_on']).doNothing())
      .execute();
    const claimedRows = await trx
      .selectFrom('dialogue_reminders')
      .select(['work_community_id', 'recipients'])
      .$call(inOrganisation(organisationId, 'dialogue_reminders'))
      .where(
        'id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    if (claimedRows.length > 0) {
      await recordAudit(
        trx,
        {
          organisationId,
          actorUserId: actor.userId,
          action: 'dialogues.reminders.send',
          subjectType: 'dialogue_round',
          subjectId: round.id,
          details: { reminded: claimedRows.length, withoutLead: claimedRows.filter((row) => row.recipients === 0).length },
        },
        now,
      );
    }
    return claimedRows;
  });
  const claimedIds = new Set(ours.map((row) => row.work_community_id));
  return {
    claimed: overdue
      .filter((community) => claimedIds.has(community.id))
      .map((community) => ({ community, leads: leads.get(community.id) ?? [] })),
    alreadyReminded: overdue.length - claimedIds.size,
  };
}
