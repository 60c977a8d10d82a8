import type { OperandExpression } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/db/ids.ts';
import { parseJsonColumn } from '../../../platform/db/json.ts';
import { Refusal } from '../../../platform/domain/refusal.ts';
import type { LocalizedText } from '../../../platform/i18n/locales.ts';
import { defineJob, type JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
import { inviteUser } from '../commands/invite-user.ts';
import type { StaffContext } from '../commands/staff-context.ts';
import '../tables.ts';

/** Invitations to be mailed, asked for in the transaction that made the accounts (an import's). */
export interface InvitationRequests {
  organisationId: string;
  organisationName: LocalizedText;
  userIds: readonly string[];
  actorId: string | null;
  /** The link's origin when PUBLIC_URL is not set (the request's own). */
  baseUrl?: string;
}

/** How the job's runs are bounded: requests per run, how long a claim holds, the back-off after a failed mail. */
export const INVITATION_JOB = {
  everyMs: 10_000,
  perRun: 500,
  claimMs: 10 * 60_000,
  retryMs: 5 * 60_000,
  maxAttempts: 5,
} as const;

/** Ids per statement: well under SQLite's and PostgreSQL's limits on bound values. */
const IDS_PER_STATEMENT = 2_000;

/** An import's invitations as one batch: who asks, and what every mail of it says. */
export type InvitationBatch = Omit<InvitationRequests, 'userIds'>;

/**
 * Asks for a staff import's invitations at the cost of one row: answers the batch's id,
 * which the import's own account inserts put in `users.invitation_batch_id` (in the same
 * transaction, so the marks exist exactly when the accounts do). The `accounts.invitations`
 * job turns the marked people into per-person requests a few hundred a run; 20,000 people
 * cost the import no statement of their own.
 */
export async function requestInvitationBatch(trx: Db, batch: InvitationBatch, now: Date): Promise<string> {
  const id = newId();
  await trx
    .insertInto('account_invitation_batches')
    .values({
      id,
      organisation_id: batch.organisationId,
      organisation_name: JSON.stringify(batch.organisationName),
      actor_user_id: batch.actorId,
      base_url: batch.baseUrl ?? null,
      requested_at: now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Inserts one request per row `rows` answers, its columns in the order below; a person
 * already waiting keeps their one request (the insert skips them).
 */
async function insertRequests(trx: Db, rows: OperandExpression<unknown>): Promise<void> {
  await trx
    .insertInto('account_invitation_requests')
    .columns([
      'user_id',
      'organisation_id',
      'organisation_name',
      'actor_user_id',
      'base_url',
      'requested_at',
      'attempts',
      'next_attempt_at',
    ])
    .expression(rows)
    .onConflict((conflict) => conflict.column('user_id').doNothing())
    .execute();
}

/**
 * Turns at most `perRun` people a batch marked into per-person requests (due when the
 * batch was asked for), clears their marks, and drops the batches left with nobody, in
 * one transaction: two runners doing it at once make each request once. A person
 * deleted meanwhile took their mark with them; one deactivated is dropped when sent.
 */
async function expandInvitationBatches(db: Db, organisationId?: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const marked = await trx
      .selectFrom('users')
      .select('id')
      .where('invitation_batch_id', 'is not', null)
      .$if(organisationId !== undefined, (query) => query.where('organisation_id', '=', organisationId as string))
      .limit(INVITATION_JOB.perRun)
      .execute();
    if (marked.length === 0) return 0;
    const ids = marked.map((row) => row.id);
    await insertRequests(
      trx,
      trx
        .selectFrom('users')
        .innerJoin('account_invitation_batches as batch', 'batch.id', 'users.invitation_batch_id')
        .select((eb) => [
          'users.id',
          'users.organisation_id',
          'batch.organisation_name',
          'batch.actor_user_id',
          'batch.base_url',
          'batch.requested_at',
          eb.lit(0).as('attempts'),
          'batch.requested_at as next_attempt_at',
        ])
        .where('users.id', 'in', ids)
        .whereRef('batch.organisation_id', '=', 'users.organisation_id'),
    );
    await trx.updateTable('users').set({ invitation_batch_id: null }).where('id', 'in', ids).execute();
    await trx
      .deleteFrom('account_invitation_batches')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('users').select('users.id').whereRef('users.invitation_batch_id', '=', 'account_invitation_batches.id'))),
      )
      .execute();
    return ids.length;
  });
}

/**
 * Asks for sign-in invitations to be mailed off the request path: one row per
 * person in the caller's transaction (the send button's one person), taken by
 * the `accounts.invitations` job. A person already waiting keeps their one request.
 */
export async function requestInvitations(trx: Db, requests: InvitationRequests, now: Date): Promise<void> {
  const at = now.toISOString();
  const name = JSON.stringify(requests.organisationName);
  for (let start = 0; start < requests.userIds.length; start += IDS_PER_STATEMENT) {
    const part = requests.userIds.slice(start, start + IDS_PER_STATEMENT);
    // One bound id per person (the rest is the same for all): an import's 20,000 cost little to compile.
    await insertRequests(
      trx,
      trx
        .selectFrom('users')
        .select((eb) => [
          'users.id',
          'users.organisation_id',
          eb.val(name).as('organisation_name'),
          eb.cast<string | null>(eb.val(requests.actorId), 'text').as('actor_user_id'),
          eb.cast<string | null>(eb.val(requests.baseUrl ?? null), 'text').as('base_url'),
          eb.val(at).as('requested_at'),
          eb.lit(0).as('attempts'),
          eb.val(at).as('next_attempt_at'),
        ])
        .where('users.organisation_id', '=', requests.organisationId)
        .where('users.id', 'in', part),
    );
  }
}

type RequestRow = {
  user_id: string;
  organisation_id: string;
  organisation_name: string;
  actor_user_id: string | null;
  base_url: string | null;
  attempts: number;
  next_attempt_at: string;
};

/** Takes one due request for this run: the conditional update wins it for exactly one runner. */
async function claim(db: Db, row: RequestRow, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('account_invitation_requests')
    .set({ next_attempt_at: new Date(now.getTime() + INVITATION_JOB.claimMs).toISOString() })
    .where('user_id', '=', row.user_id)
    .where('next_attempt_at', '=', row.next_attempt_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What a run did: mails sent, requests dropped (the person was deactivated or is gone), mails that failed and wait. */
export interface InvitationRunOutcome {
  sent: number;
  dropped: number;
  failed: number;
}

async function sendOne(context: StaffContext, row: RequestRow, now: Date, log: JobRun['log']): Promise<keyof InvitationRunOutcome> {
  try {
    await inviteUser(context, {
      organisationId: row.organisation_id,
      organisationName: parseJsonColumn<LocalizedText>(row.organisation_name, { fi: '' }),
      userId: row.user_id,
      actorId: row.actor_user_id,
      ...(row.base_url ? { baseUrl: row.base_url } : {}),
    });
  } catch (error) {
    const hopeless = error instanceof Refusal || row.attempts + 1 >= INVITATION_JOB.maxAttempts;
    if (!hopeless) {
      const next = new Date(now.getTime() + INVITATION_JOB.retryMs * (row.attempts + 1)).toISOString();
      await context.db
        .updateTable('account_invitation_requests')
        .set({ attempts: row.attempts + 1, next_attempt_at: next })
        .where('user_id', '=', row.user_id)
        .execute();
      log(error, 'a sign-in invitation could not be sent; it is tried again later');
      return 'failed';
    }
    if (!(error instanceof Refusal)) log(error, 'a sign-in invitation could not be sent and is given up');
    await context.db.deleteFrom('account_invitation_requests').where('user_id', '=', row.user_id).execute();
    return error instanceof Refusal ? 'dropped' : 'failed';
  }
  await context.db.deleteFrom('account_invitation_requests').where('user_id', '=', row.user_id).execute();
  return 'sent';
}

/**
 * Mails the due requested invitations, oldest first, at most `perRun` a run
 * (first turning up to as many people of import batches into requests):
 * each is claimed, then sent by `inviteUser` (its own invitation row, audit entry
 * and mail), then removed. A mail that fails is tried again later (five times at
 * most); a person deactivated or deleted meanwhile is dropped. `organisationId`
 * limits the run to one organisation (the command line sends its own import's).
 */
export async function sendRequestedInvitations(
  context: StaffContext,
  run: Pick<JobRun, 'now' | 'log'> & { signal?: AbortSignal },
  organisationId?: string,
): Promise<InvitationRunOutcome> {
  const outcome: InvitationRunOutcome = { sent: 0, dropped: 0, failed: 0 };
  await expandInvitationBatches(context.db, organisationId);
  const due = await context.db
    .selectFrom('account_invitation_requests')
    .select(['user_id', 'organisation_id', 'organisation_name', 'actor_user_id', 'base_url', 'attempts', 'next_attempt_at'])
    .where('next_attempt_at', '<=', run.now.toISOString())
    .$if(organisationId !== undefined, (query) => query.where('organisation_id', '=', organisationId as string))
    .orderBy('next_attempt_at')
    .orderBy('user_id')
    .limit(INVITATION_JOB.perRun)
    .execute();
  for (const row of due) {
    if (run.signal?.aborted) break;
    if (!(await claim(context.db, row, run.now))) continue;
    outcome[await sendOne(context, row, run.now, run.log)] += 1;
  }
  return outcome;
}

/** The background job that mails requested invitations (a staff import's thousands) off the request path. */
export const invitationsJob = defineJob({
  name: 'accounts.invitations',
  labelKey: 'accounts.jobs.invitations',
  schedule: { everyMs: INVITATION_JOB.everyMs },
  run: async (context: AppContext, run: JobRun) => {
    await sendRequestedInvitations(context, run);
  },
});
