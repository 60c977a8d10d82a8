/**
 * Makes a new module with one use case from end to end: npm run module:new -- <module> [<thing>]
 * (or npx tsx scripts/new-module.ts …). `module` is the folder and message prefix (one lower-case
 * word, plural: `ideas`), `thing` what it holds (singular: `idea`; the module's name without its
 * last "s" when left out). It writes src/modules/<module>/ from scripts/templates/module/: the
 * manifest, messages in fi/sv/en, permissions with their table test, tables, a migration, a
 * command, a loader, a presenter, the create action served as a form post and an API route,
 * a GET page and an API read, CONTEXT.md, and tests of the action on both surfaces.
 * It does not register the module: it prints the lines to add.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const templateRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'templates', 'module');
const WORD = /^[a-z][a-z0-9]*$/;

/** What to make and where: `root` is the repository (the folder that holds `src/`). */
export interface ModuleRequest {
  root: string;
  module: string;
  thing?: string;
  now?: Date;
}

/** What was made: the files (relative to the root) and the steps left to the developer. */
export interface ModuleScaffold {
  folder: string;
  files: string[];
  nextSteps: string[];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pascal(snake: string): string {
  return snake.split('_').map(capitalise).join('');
}

/** The words the templates are written with, and what each becomes. */
export function placeholders(module: string, thing: string, now: Date): Array<[string, string]> {
  const things = `${thing}s`;
  // The table is the module's name when it holds just its plural (`ideas`), else prefixed by it (`dialogues_rounds`).
  const table = things === module ? module : `${module}_${things}`;
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, '');
  return [
    ['__MODULE__', module.toUpperCase()],
    ['__Module__', capitalise(module)],
    ['__module__', module],
    ['__Things__', capitalise(things)],
    ['__things__', things],
    ['__Thing__', capitalise(thing)],
    // "a idea" reads wrong in the doc comments and summaries: an article before a vowel.
    ['__n__', /^[aeiou]/.test(thing) ? 'n' : ''],
    ['__thing__', thing],
    ['__TableType__', `${pascal(table)}Table`],
    ['__table__', table],
    ['__subject__', `${module}_${thing}`],
    ['__stamp__', stamp],
  ];
}

function fill(text: string, words: Array<[string, string]>): string {
  return words.reduce((result, [placeholder, value]) => result.replaceAll(placeholder, value), text);
}

function templateFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return templateFiles(full);
    return entry.name.endsWith('.tmpl') ? [full] : [];
  });
}

/** Writes the module's files; refuses a name that is taken or not one lower-case word. */
export function createModule(request: ModuleRequest): ModuleScaffold {
  const { root, module } = request;
  const thing = request.thing ?? module.replace(/s$/, '');
  if (!WORD.test(module) || !WORD.test(thing)) throw new Error('module and thing are each one lower-case word: ideas idea');
  if (thing === module) throw new Error(`give the thing a name other than the module's: npm run module:new -- ${module} <thing>`);
  const folder = path.join(root, 'src', 'modules', module);
  if (fs.existsSync(folder)) throw new Error(`${path.relative(root, folder)} exists already`);
  const words = placeholders(module, thing, request.now ?? new Date());
  const files: string[] = [];
  for (const template of templateFiles(templateRoot)) {
    const relative = fill(path.relative(templateRoot, template), words).replace(/\.tmpl$/, '');
    const target = path.join(folder, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, fill(fs.readFileSync(template, 'utf8'), words));
    files.push(path.relative(root, target));
  }
  // Names of different lengths move table columns and import order: biome puts them in the house style.
  const formatted = spawnSync('npx', ['biome', 'check', '--write', path.relative(root, folder)], { cwd: root, encoding: 'utf8' });
  if (formatted.status !== 0) throw new Error(`biome check --write failed on ${folder}:\n${formatted.stdout}${formatted.stderr}`);
  const name = `${module}Module`;
  return {
    folder: path.relative(root, folder),
    files: files.sort(),
    nextSteps: [
      `Register the module in src/modules/index.ts: import { ${name} } from './${module}/module.ts'; and ${name} in the modules list.`,
      `Add "organisations.audit.action.${module}.${thing}.create" ("{actor} …") to src/modules/organisations/messages/{fi,sv,en}.json (the audit-words test asks for it).`,
      `Write the messages in words of the module (messages/*.json), the CONTEXT.md terms, and the table's columns; then npm run migrations:freeze.`,
      `npx biome check ${path.relative(root, folder)} && npx tsc --noEmit && npm test -- ${files.filter((file) => file.endsWith('.test.ts')).join(' ')}`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [module, thing] = process.argv.slice(2);
  if (!module) {
    console.error('usage: npm run module:new -- <module> [<thing>]   e.g. npm run module:new -- ideas idea');
    process.exit(2);
  }
  try {
    const made = createModule({ root: process.cwd(), module, thing });
    for (const file of made.files) console.log(file);
    console.log('\nNext:');
    for (const [index, step] of made.nextSteps.entries()) console.log(`${index + 1}. ${step}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
