import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './database.ts';

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders that hold migrations: the platform's own and one per module. */
async function listMigrationFolders(): Promise<string[]> {
  const folders = [path.join(sourceRoot, 'platform', 'migrations')];
  const modules = await fs.readdir(path.join(sourceRoot, 'modules'), { withFileTypes: true });
  for (const entry of modules) {
    if (entry.isDirectory()) folders.push(path.join(sourceRoot, 'modules', entry.name, 'migrations'));
  }
  return folders;
}

/**
 * Collects migrations from every folder. Names start with a UTC timestamp
 * (made by `npm run migration:new`), so sorting by name is the order they were written.
 */
export class ModuleMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const folder of await listMigrationFolders()) {
      let files: string[];
      try {
        files = await fs.readdir(folder);
      } catch {
        continue;
      }
      for (const file of files) {
        if (!/^\d{8}T\d{6}-[a-z0-9-]+\.ts$/.test(file)) continue;
        const name = file.replace(/\.ts$/, '');
        if (migrations[name]) throw new Error(`Two migrations are named ${name}`);
        migrations[name] = (await import(pathToFileURL(path.join(folder, file)).href)) as Migration;
      }
    }
    return migrations;
  }
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ModuleMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}
