/**
 * Runs the benchmark scenarios in bench/scenarios/.
 *   npm run bench              every scenario, one after the other
 *   npm run bench -- NAME …    only the named ones
 * Each scenario prints its figures and ends with `RESULT NAME ratio=X key=value …`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios');
const available = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n== bench ${name}`);
  // One process per scenario: each gets its own heap, event loop and database engine,
  // so what one leaves behind cannot colour the next one's figures.
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(folder, `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`bench ${name} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
