/**
 * Creates a timestamped migration file: npm run migration:new -- <module|platform> <name>.
 * Migrations are frozen once on main: change the schema with a new one.
 */
import fs from 'node:fs';
import path from 'node:path';

const [owner, name] = process.argv.slice(2);
if (!owner || !name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: npm run migration:new -- <module|platform> <kebab-case-name>');
  process.exit(2);
}
const folder = owner === 'platform' ? path.join('src', 'platform', 'migrations') : path.join('src', 'modules', owner, 'migrations');
fs.mkdirSync(folder, { recursive: true });
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, '');
const file = path.join(folder, `${stamp}-${name}.ts`);
fs.writeFileSync(
  file,
  `import type { Kysely } from 'kysely';

/** ${name.replace(/-/g, ' ')} */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema;
}
`,
);
console.log(file);
