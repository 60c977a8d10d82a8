import type { Db } from '../../../platform/db/database.ts';
import { batchShared, dropShared, inGroupCommit, shareInBatch, type Trx } from '../../../platform/db/group-commit.ts';
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
  // Dots placed earlier in the same group commit may hold the workshop in memory: forgotten, so this reads it afresh.
  await dropShared(trx as Trx, sharedKey(workshopId));
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
  return inGroupCommit(db, workshopCommitKey(workshop), work);
}

/** The group-commit key of a workshop's writes. */
export const workshopCommitKey = (workshop: { organisationId: string; id: string }) => `workshop:${workshop.organisationId}:${workshop.id}`;

const sharedKey = (workshopId: string) => `workshops.room:${workshopId}`;

/** What the dots of one group commit share: the workshop as locked, and what they read under the lock. */
export interface LockedRoom {
  workshop: Workshop;
  /** Each target's wall, read once per batch (targetWall's answer, or its refusal). */
  walls: Map<string, unknown>;
  /** Each participant's dots on a prompt, by `participantId:promptId`: read once per batch, then kept up to date. */
  dots: Map<string, Array<string>>;
}

/**
 * lockWorkshop for a dot in the workshop's group commit: the batch's first dot locks the workshop
 * (its version rises once for the batch, which commits as one), and the dots after it decide on
 * the same workshop and on what the earlier ones read, without a round trip while the lock is held.
 * Any other change in the batch locks the workshop again (lockWorkshop), which forgets all this, as
 * does a dot that fails.
 */
export async function lockRoomForDot(trx: Trx, organisationId: string, workshopId: string, now: Date): Promise<LockedRoom> {
  const shared = batchShared<LockedRoom>(trx, sharedKey(workshopId));
  if (shared) return shared.value;
  const room: LockedRoom = { workshop: await lockWorkshop(trx, organisationId, workshopId, now), walls: new Map(), dots: new Map() };
  shareInBatch(trx, sharedKey(workshopId), { value: room, flush: async () => {} });
  return room;
}
