import type { Db } from '../../../platform/db/database.ts';
import { inGroupCommit, type Trx } from '../../../platform/db/group-commit.ts';
import { inOrganisation } from '../../../platform/db/scope.ts';
import { refuse } from '../../../platform/domain/refusal.ts';
import { toWorkshop, type Workshop } from '../model.ts';
import '../tables.ts';

/**
 * Raises the workshop's version inside a write transaction and returns the
 * workshop as it now stands. The update takes the row lock on PostgreSQL (and
 * SQLite runs one writer at a time), so every change to one workshop is
 * serialised: dot limits, stage checks and flood limits hold under concurrency.
 */
export async function lockWorkshop(trx: Db, organisationId: string, workshopId: string, now: Date): Promise<Workshop> {
  // One statement: every participant's write begins here.
  const row = await trx
    .updateTable('workshops')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now.toISOString() }))
    .$call(inOrganisation(organisationId, 'workshops'))
    .where('id', '=', workshopId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw refuse.notFound();
  return toWorkshop(row);
}

/** Throws 409 once the workshop has ended: its code has expired and everything is read-only. */
export function requireOpen(workshop: Workshop): void {
  if (workshop.status !== 'open')
    throw refuse.conflict(workshop.kind === 'seminar' ? 'workshops.error.endedSeminar' : 'workshops.error.ended');
}

/** Throws 409 while the facilitator has locked the room. */
export function requireUnlocked(workshop: Workshop): void {
  if (workshop.locked) throw refuse.conflict('workshops.error.locked');
}

/**
 * Runs a participant's small write (join, note, dot) in the workshop's group
 * commit: the writes of a hall of phones that arrive together share one
 * transaction and one commit, each in its own savepoint and in arrival order,
 * each taking the workshop's lock itself, so each decides as it would alone.
 * Nobody is answered before the commit that holds their write.
 */
export function inWorkshopCommit<T>(db: Db, workshop: { organisationId: string; id: string }, work: (trx: Trx) => Promise<T>): Promise<T> {
  return inGroupCommit(db, `workshop:${workshop.organisationId}:${workshop.id}`, work);
}
