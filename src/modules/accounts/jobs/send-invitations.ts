import type { Db } from '../../../platform/db/database.ts';
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

/**
 * Asks for sign-in invitations to be mailed off the request path: one row per
 * person in the caller's transaction (so they exist exactly when the accounts
 * do), taken by the `accounts.invitations` job. A person already waiting keeps
 * their one request.
 */
export async function requestInvitations(trx: Db, requests: InvitationRequests, now: Date): Promise<void> {
  const at = now.toISOString();
  const name = JSON.stringify(requests.organisationName);
  for (let start = 0; start < requests.userIds.length; start += IDS_PER_STATEMENT) {
    const part = requests.userIds.slice(start, start + IDS_PER_STATEMENT);
    // One bound id per person (the rest is the same for all): an import's 20,000 cost little to compile.
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
      .expression(
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
      )
      .onConflict((conflict) => conflict.column('user_id').doNothing())
      .execute();
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
 * Mails the due requested invitations, oldest first, at most `perRun` a run:
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
