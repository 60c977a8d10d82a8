import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../config.ts';

const launcher = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/tarina.mjs');

/** What a command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** DATABASE_URL for a test database, as an operator would set it. */
export function databaseUrlOf(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `file:${target.path}` : target.url;
}

/**
 * Runs `tarina …` as an operator would: bin/tarina.mjs in a child process, from another working
 * directory (the system's temporary folder unless `cwd` says), on the given database, so the
 * whole path package.json bin → bin/tarina.mjs → src/cli.ts is exercised, exit code included.
 * TARINA_ADMIN_PASSWORD of the test's own environment is not passed on unless `environment` sets it.
 */
export function runTarina(
  target: DatabaseTarget,
  args: string[],
  options: { environment?: Record<string, string>; cwd?: string } = {},
): Promise<CommandResult> {
  const environment = options.environment ?? {};
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrlOf(target), ...environment };
  if (!('TARINA_ADMIN_PASSWORD' in environment)) delete env.TARINA_ADMIN_PASSWORD;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [launcher, ...args], { env, cwd: options.cwd ?? os.tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
