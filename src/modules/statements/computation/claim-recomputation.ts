import { type SqlBool, sql } from 'kysely';
import type { Db } from '../../../platform/db/database.ts';
import '../tables.ts';

/** Timing of the background computation. */
export const RECOMPUTATION = {
  /** Wait this long after the first new vote, so a burst of votes costs one computation. */
  debounceMs: 5_000,
  /** A computation not finished by then is taken to have died, and another process takes it over. */
  leaseMs: 5 * 60_000,
  /** How often each app process looks for channels that are due (one indexed query). */
  intervalMs: 2_000,
} as const;

/** A claimed computation: the channel's organisation, for scoping every later query. */
export interface Claim {
  channelId: string;
  organisationId: string;
}

/**
 * Claims a channel's recomputation with one conditional update, so that of
 * several app processes exactly one computes: it succeeds only while no live
 * lease is held, takes the lease, clears the request and records the inputs
 * version it covers. A change that arrives later sets the request again.
 * Without `force`, only a request older than the debounce delay, or an
 * expired lease (a computation that died), makes the channel due.
 */
export async function claimRecomputation(db: Db, channelId: string, now: Date, options: { force: boolean }): Promise<Claim | null> {
  const at = now.toISOString();
  const due = new Date(now.getTime() - RECOMPUTATION.debounceMs).toISOString();
  const leaseUntil = new Date(now.getTime() + RECOMPUTATION.leaseMs).toISOString();
  const lease = sql.ref('compute_lease_until');
  const requested = sql.ref('recompute_requested_at');
  let update = db
    .updateTable('statement_channels')
    .set((eb) => ({ computed_version: eb.ref('inputs_version'), recompute_requested_at: null, compute_lease_until: leaseUntil }))
    .where('id', '=', channelId)
    .where(sql<SqlBool>`(${lease} is null or ${lease} < ${at})`);
  if (!options.force) {
    update = update.where(
      sql<SqlBool>`((${requested} is not null and ${requested} <= ${due}) or (${lease} is not null and ${lease} < ${at}))`,
    );
  }
  const result = await update.returning('organisation_id').executeTakeFirst();
  return result ? { channelId, organisationId: result.organisation_id } : null;
}

/** Channels due for recomputation now (a short list; each is then claimed). */
export async function listDueChannels(db: Db, now: Date, limit = 20): Promise<string[]> {
  const at = now.toISOString();
  const due = new Date(now.getTime() - RECOMPUTATION.debounceMs).toISOString();
  const rows = await db
    .selectFrom('statement_channels')
    .select('id')
    .where((eb) => eb.or([eb('recompute_requested_at', '<=', due), eb('compute_lease_until', '<', at)]))
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Gives the lease back after a computation, successful or not. */
export async function releaseClaim(db: Db, claim: Claim, computedAt: string | null): Promise<void> {
  await db
    .updateTable('statement_channels')
    .set(computedAt ? { compute_lease_until: null, computed_at: computedAt } : { compute_lease_until: null })
    .where('id', '=', claim.channelId)
    .where('organisation_id', '=', claim.organisationId)
    .execute();
}
