import { ModuleMigrationProvider } from '../db/migrate.ts';
import { BackupError } from './backup-error.ts';

/**
 * Refuses a backup whose schema this version of Tarina does not know: a migration in the
 * backup that the code lacks means a newer Tarina made it, and restoring it would leave a
 * schema the code cannot serve. An older backup is fine: the restore migrates it up.
 */
export async function checkBackupMigrations(applied: readonly string[]): Promise<void> {
  if (applied.length === 0) throw new BackupError('The file holds no Tarina database (it has no migrations).');
  const known = new Set(Object.keys(await new ModuleMigrationProvider().getMigrations()));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup was made by a newer version of Tarina: its migrations ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ' …' : ''} are unknown here. Update Tarina first, then restore.`,
    );
  }
}
