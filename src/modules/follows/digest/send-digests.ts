import type { Happening } from '../../../platform/follow/happenings.ts';
import { isLocale } from '../../../platform/i18n/locales.ts';
import type { JobRun } from '../../../platform/jobs/job.ts';
import type { AppContext } from '../../../platform/module.ts';
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

/** Asks every module's source what happened in the process in the window, in time order. */
async function happeningsOf(
  context: AppContext,
  follow: DueFollow,
  process: { id: string; slug: string },
  from: Date,
  to: Date,
): Promise<Happening[]> {
  const lists = await Promise.all(context.happeningSources.map((source) => source(context, follow.organisation_id, process, { from, to })));
  return lists.flat().sort((a, b) => a.at.localeCompare(b.at));
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

/** One follower's digest: nothing when nothing happened, or the process is no longer theirs to see. */
async function digestOne(context: AppContext, run: JobRun, follow: DueFollow): Promise<void> {
  const process = await findProcessById(context.db, follow.organisation_id, follow.process_id);
  const visible = process && (process.visibility === 'public' || (process.visibility === 'internal' && follow.user_id !== null));
  const from = new Date(follow.last_digest_at ?? run.now.toISOString());
  if (!(await claim(context, follow, run.now)) || !process || !visible) return;
  const happenings = await happeningsOf(context, follow, process, from, run.now);
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
