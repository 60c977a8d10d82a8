import type { Actor } from '../../../platform/authz/authz.ts';
import type { Happening } from '../../../platform/follow/happenings.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
import { inAudience } from '../../../platform/participation/audience.ts';
import { listGrants } from '../../accounts/index.ts';
import { findProcessById } from '../../processes/index.ts';
import { linkOrigin } from '../links.ts';
import { FOLLOWS_LIMITS } from '../schemas.ts';
import { issueToken } from '../tokens.ts';
import { composeDigest } from './compose-digest.ts';

/** A follower gets at most one digest in this long. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60_000;

type DueFollow = {
  id: string;
  organisation_id: string;
  process_id: string;
  user_id: string | null;
  email: string;
  locale: string;
  last_digest_at: string | null;
};

/**
 * Whose eyes a digest looks through: the account's (its roles, its unit, its seats), or, for a
 * follower by e-mail, a visitor's (only what is public). Null for an account that left.
 */
async function followerActor(context: AppContext, follow: DueFollow): Promise<Actor | null> {
  const organisationId = follow.organisation_id;
  if (follow.user_id === null) return { organisationId, userId: null, grants: [] };
  const account = await context.accountLookups.findById(context.db, organisationId, follow.user_id);
  if (!account || account.deactivated) return null;
  return { organisationId, userId: account.id, grants: await listGrants(context.db, organisationId, account.id) };
}

/**
 * Asks every module's source what happened in the process in the window, and keeps, in time
 * order, what the follower could open: a staff-only survey or a body's seminar is not mailed to
 * those outside its audience. Each audience is checked once per digest.
 */
async function happeningsFor(
  context: AppContext,
  actor: Actor,
  process: { id: string; slug: string },
  from: Date,
  to: Date,
): Promise<Happening[]> {
  const lists = await Promise.all(context.happeningSources.map((source) => source(context, actor.organisationId, process, { from, to })));
  const checked = new Map<string, Promise<boolean>>();
  const kept: Happening[] = [];
  for (const happening of lists.flat()) {
    const audience = happening.audience ?? { kind: 'public' };
    const key = JSON.stringify(audience);
    if (!checked.has(key)) checked.set(key, inAudience(context, actor, audience));
    if (await checked.get(key)) kept.push(happening);
  }
  return kept.sort((a, b) => a.at.localeCompare(b.at));
}

/** Moves the follow's digest time on, only if no other run did (a run may overlap the next). */
async function claim(context: AppContext, follow: DueFollow, now: Date): Promise<boolean> {
  const result = await context.db
    .updateTable('follows')
    .set({ last_digest_at: now.toISOString() })
    .where('id', '=', follow.id)
    .where('last_digest_at', '=', follow.last_digest_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One follower's digest: nothing when nothing they could open happened, or the process is no longer theirs to see. */
async function digestOne(context: AppContext, run: JobRun, follow: DueFollow): Promise<void> {
  const process = await findProcessById(context.db, follow.organisation_id, follow.process_id);
  const actor = await followerActor(context, follow);
  const visible = process && actor && process.visibility !== 'draft' && context.authorizer.can(actor, 'processes.process.view', process);
  const from = new Date(follow.last_digest_at ?? run.now.toISOString());
  if (!(await claim(context, follow, run.now)) || !process || !actor || !visible) return;
  const happenings = await happeningsFor(context, actor, process, from, run.now);
  if (happenings.length === 0) return;
  const locale = isLocale(follow.locale) ? follow.locale : 'fi';
  const token = await issueToken(
    context.db,
    { id: follow.id, organisationId: follow.organisation_id },
    'unsubscribe',
    run.now,
    FOLLOWS_LIMITS.unsubscribeDays,
  );
  const mail = composeDigest({
    translator: context.translator,
    locale,
    to: follow.email,
    origin: linkOrigin(context),
    process,
    happenings,
    token,
  });
  try {
    await context.mailer.send(mail);
  } catch (error) {
    // Not sent: the window goes back, so the next run tries again with everything in it.
    await context.db.updateTable('follows').set({ last_digest_at: follow.last_digest_at }).where('id', '=', follow.id).execute();
    run.log(error, 'follows: a digest could not be sent');
  }
}

/**
 * The daily digests: each confirmed follow whose last digest is a day old or older gets what
 * happened in its process since then, if anything did. Expired links and follows never
 * confirmed are deleted on the way.
 */
export async function sendDigests(context: AppContext, run: JobRun): Promise<void> {
  const now = run.now;
  await context.db.deleteFrom('follow_tokens').where('expires_at', '<=', now.toISOString()).execute();
  const stale = new Date(now.getTime() - FOLLOWS_LIMITS.confirmDays * 86_400_000).toISOString();
  await context.db.deleteFrom('follows').where('confirmed_at', 'is', null).where('created_at', '<=', stale).execute();
  const due = await context.db
    .selectFrom('follows')
    .select(['id', 'organisation_id', 'process_id', 'user_id', 'email', 'locale', 'last_digest_at'])
    .where('confirmed_at', 'is not', null)
    .where('last_digest_at', '<=', new Date(now.getTime() - DIGEST_INTERVAL_MS).toISOString())
    .orderBy('id')
    .execute();
  for (const follow of due) {
    if (run.signal.aborted) return;
    await digestOne(context, run, follow);
  }
}
