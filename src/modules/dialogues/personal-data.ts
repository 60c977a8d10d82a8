import type { Db } from '../../platform/db/database.ts';
import { inOrganisation } from '../../platform/db/scope.ts';
import type { PersonalDataHandlers, PersonalDataSubject } from '../../platform/personal-data.ts';

/** The records the person opened or submitted as a lead. */
async function recordsOf(db: Db, subject: PersonalDataSubject) {
  const records = await db
    .selectFrom('dialogue_records')
    .select(['round_id', 'work_community_id', 'status', 'held_on', 'opened_by_user_id', 'submitted_by_user_id', 'submitted_at'])
    .$call(inOrganisation(subject.organisationId, 'dialogue_records'))
    .where((eb) => eb.or([eb('opened_by_user_id', '=', subject.userId), eb('submitted_by_user_id', '=', subject.userId)]))
    .orderBy('created_at')
    .execute();
  return records.map((record) => ({
    roundId: record.round_id,
    workCommunityId: record.work_community_id,
    status: record.status,
    heldOn: record.held_on,
    openedByYou: record.opened_by_user_id === subject.userId,
    submittedByYou: record.submitted_by_user_id === subject.userId,
    submittedAt: record.submitted_at,
  }));
}

/** The reminders the person sent as the coordinator, and those the job mailed to them as a lead. */
async function remindersOf(db: Db, subject: PersonalDataSubject) {
  const sent = await db
    .selectFrom('dialogue_reminders')
    .select(['round_id', 'work_community_id', 'sent_on', 'recipients'])
    .$call(inOrganisation(subject.organisationId, 'dialogue_reminders'))
    .where('sent_by_user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  const received = await db
    .selectFrom('dialogue_deadline_reminders')
    .select(['round_id', 'communities', 'created_at'])
    .$call(inOrganisation(subject.organisationId, 'dialogue_deadline_reminders'))
    .where('lead_user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  return {
    remindersSent: sent.map((row) => ({
      roundId: row.round_id,
      workCommunityId: row.work_community_id,
      sentOn: row.sent_on,
      recipients: row.recipients,
    })),
    deadlineRemindersReceived: received.map((row) => ({ roundId: row.round_id, communities: row.communities, mailedAt: row.created_at })),
  };
}

/** The rounds the person created and the commitment statuses they changed. */
async function changesOf(db: Db, subject: PersonalDataSubject) {
  const rounds = await db
    .selectFrom('dialogue_rounds')
    .select(['id', 'created_at'])
    .$call(inOrganisation(subject.organisationId, 'dialogue_rounds'))
    .where('created_by_user_id', '=', subject.userId)
    .orderBy('created_at')
    .execute();
  const changes = await db
    .selectFrom('dialogue_commitment_changes')
    .selectAll()
    .$call(inOrganisation(subject.organisationId, 'dialogue_commitment_changes'))
    .where('changed_by_user_id', '=', subject.userId)
    .orderBy('changed_at')
    .execute();
  return {
    roundsCreated: rounds.map((row) => ({ roundId: row.id, createdAt: row.created_at })),
    commitmentChanges: changes.map((row) => ({
      commitmentId: row.commitment_id,
      from: row.from_status,
      to: row.to_status,
      changedAt: row.changed_at,
    })),
  };
}

/**
 * What dialogues keep about a person: the work communities' records the account opened or
 * submitted as their lead, the rounds they created, the commitment statuses they changed, the
 * reminders they sent and those mailed to them. On erasure the records, rounds, changes and sent
 * reminders stay as the community's or the round's without the person; the reminders mailed to
 * them as a lead go (a row of one person's mail). No record names a participant.
 */
export const dialoguesPersonalData: PersonalDataHandlers = {
  export: async (context, subject) => ({
    records: await recordsOf(context.db, subject),
    ...(await changesOf(context.db, subject)),
    ...(await remindersOf(context.db, subject)),
  }),
  erase: async (trx, subject) => {
    await trx
      .deleteFrom('dialogue_deadline_reminders')
      .$call(inOrganisation(subject.organisationId, 'dialogue_deadline_reminders'))
      .where('lead_user_id', '=', subject.userId)
      .execute();
    await trx
      .updateTable('dialogue_reminders')
      .set({ sent_by_user_id: null })
      .$call(inOrganisation(subject.organisationId, 'dialogue_reminders'))
      .where('sent_by_user_id', '=', subject.userId)
      .execute();
  },
};
