/**
 * The list of erased subjects, kept apart from what it erased: every account deletion adds
 * its subject (inside the deletion's transaction), and `tarina restore` carries the list of
 * the database it replaces over into the restored one and erases again every account on it
 * that the backup still holds. See docs/backups.md.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { DatabaseTarget } from './config.ts';
import { type Db, openDatabase } from './db/database.ts';
import type { ModulePersonalData } from './personal-data.ts';
import './db/platform-tables.ts';

/** One entry of the list: no id in the clear, only a hash that the restored account's ids answer. */
export interface ErasedSubject {
  organisation_id: string;
  subject_hash: string;
  erased_at: string;
}

/** SHA-256 (hex) of the organisation's and the account's ids. */
export function erasedSubjectHash(organisationId: string, userId: string): string {
  return createHash('sha256').update(`${organisationId}:${userId}`, 'utf8').digest('hex');
}

/** Adds entries to the list; those already on it stay as they are. */
export async function keepErasedSubjects(db: Db, subjects: readonly ErasedSubject[]): Promise<void> {
  for (const subject of subjects) {
    await db
      .insertInto('erased_subjects')
      .values(subject)
      .onConflict((conflict) => conflict.columns(['organisation_id', 'subject_hash']).doNothing())
      .execute();
  }
}

/** The platform's part of an account deletion: the subject goes on the list, in the deletion's transaction. */
export const erasureList: ModulePersonalData = {
  module: 'platform',
  erase: (trx, subject, now) =>
    keepErasedSubjects(trx, [
      {
        organisation_id: subject.organisationId,
        subject_hash: erasedSubjectHash(subject.organisationId, subject.userId),
        erased_at: now.toISOString(),
      },
    ]),
};

/**
 * The list in the database a restore is about to replace. Empty when there is no database
 * yet; null when it cannot be read (a damaged or foreign database): the restore then says
 * that erasures made after the backup could not be carried over.
 */
export async function readErasedSubjects(target: DatabaseTarget): Promise<ErasedSubject[] | null> {
  if (target.kind === 'sqlite' && !fs.existsSync(target.path)) return [];
  let handle: ReturnType<typeof openDatabase> | undefined;
  try {
    handle = openDatabase(target, { poolSize: 1 });
    return await handle.db.selectFrom('erased_subjects').selectAll().execute();
  } catch (error) {
    // A database without the list (empty, or older than it) has nothing to carry over.
    return /no such table|does not exist/.test(error instanceof Error ? error.message : '') ? [] : null;
  } finally {
    await handle?.close();
  }
}
