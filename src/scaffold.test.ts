import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from '@formatjs/icu-messageformat-parser';
import { createModule, type ModuleScaffold } from '../scripts/new-module.ts';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = 'samples';
const THING = 'sample';

/** A copy of the repository to scaffold into (its node_modules linked), so the real tree never changes. */
function copyRepository(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tarina-scaffold-'));
  for (const entry of ['src', 'scripts', 'public', 'tsconfig.json', 'package.json', 'biome.json']) {
    fs.cpSync(path.join(repository, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repository, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Adds the module to the copy's list of modules, as the scaffold tells the developer to. */
function registerInCopy(copy: string): void {
  const list = path.join(copy, 'src', 'modules', 'index.ts');
  const source = fs.readFileSync(list, 'utf8');
  const registered = source
    .replace(/^(import type .*\n)/m, `$1import { ${MODULE}Module } from './${MODULE}/module.ts';\n`)
    .replace(/\n\];/, `\n  ${MODULE}Module,\n];`);
  assert.notEqual(registered, source);
  fs.writeFileSync(list, registered);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

let copy: string;
let made: ModuleScaffold;
const generated = (file: string) => path.join(copy, made.folder, file);
const sources = () =>
  made.files
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
    .map((file) => fs.readFileSync(path.join(copy, file), 'utf8'));

before(() => {
  copy = copyRepository();
  made = createModule({ root: copy, module: MODULE, thing: THING, now: new Date('2031-01-02T03:04:05Z') });
});
after(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('scripts/new-module.ts: what it writes', () => {
  it('writes the manifest, messages, permissions, tables, a migration, a command, an action, a page, an API read, CONTEXT.md and tests', () => {
    const folder = `src/modules/${MODULE}`;
    for (const file of [
      'module.ts',
      'index.ts',
      'messages/fi.json',
      'messages/sv.json',
      'messages/en.json',
      'permissions.ts',
      'permissions.test.ts',
      'tables.ts',
      `migrations/20310102T030405-${MODULE}-create.ts`,
      `commands/create-${THING}.ts`,
      `actions/create-${THING}.ts`,
      `actions/create-${THING}.test.ts`,
      'routes/page-routes.tsx',
      'routes/api-routes.ts',
      'loaders.ts',
      'presenters.ts',
      'CONTEXT.md',
    ]) {
      assert.ok(made.files.includes(`${folder}/${file}`), `${file} was not generated`);
    }
    // The migration provider and the lock take only files named like this.
    const migration = made.files.find((file) => file.includes('/migrations/'));
    assert.match(path.basename(migration ?? ''), /^\d{8}T\d{6}-[a-z0-9-]+\.ts$/);
    const manifest = fs.readFileSync(generated('module.ts'), 'utf8');
    assert.match(manifest, /actions: \[createSampleAction\]/);
    assert.match(manifest, /permissions: samplesPermissions/);
    const action = fs.readFileSync(generated(`actions/create-${THING}.ts`), 'utf8');
    assert.match(action, /name: 'samples\.sample\.create'/);
    assert.match(action, /after: \[\]/);
    assert.match(action, /pageVersion: 'unchanged'/);
    assert.match(action, /api: \{/);
    assert.match(action, /page: \{/);
    assert.match(fs.readFileSync(generated('CONTEXT.md'), 'utf8'), /\n## Avoid\n/);
    assert.doesNotMatch(made.files.join('\n'), /__[a-zA-Z]+__/, 'a placeholder was left in a file name');
    for (const file of made.files) {
      assert.doesNotMatch(fs.readFileSync(path.join(copy, file), 'utf8'), /__[a-zA-Z]+__/, `a placeholder was left in ${file}`);
    }
  });

  it('says how to register the module instead of editing the list of modules', () => {
    assert.equal(fs.readFileSync(path.join(copy, 'src/modules/index.ts'), 'utf8').includes(MODULE), false);
    assert.match(made.nextSteps.join('\n'), /import \{ samplesModule \} from '\.\/samples\/module\.ts'/);
    assert.match(made.nextSteps.join('\n'), /organisations\.audit\.action\.samples\.sample\.create/);
  });

  it('refuses a module that exists, and names that are not one lower-case word', () => {
    assert.throws(() => createModule({ root: copy, module: MODULE, thing: THING }), /exists already/);
    assert.throws(() => createModule({ root: copy, module: 'news' }), /exists already/);
    assert.throws(() => createModule({ root: copy, module: 'Bad-Name' }), /one lower-case word/);
    assert.throws(() => createModule({ root: copy, module: 'items', thing: 'items' }), /other than the module/);
  });
});

describe('scripts/new-module.ts: messages and style', () => {
  it('every message is in fi, sv and en, valid ICU, namespaced, used by the code; every key the code asks for exists', () => {
    const catalogs = ['fi', 'sv', 'en'].map(
      (locale) => JSON.parse(fs.readFileSync(generated(`messages/${locale}.json`), 'utf8')) as Record<string, string>,
    );
    const keys = Object.keys(catalogs[0] ?? {}).sort();
    assert.ok(keys.length > 0);
    for (const catalog of catalogs) {
      assert.deepEqual(Object.keys(catalog).sort(), keys);
      for (const [key, message] of Object.entries(catalog)) {
        assert.ok(key.startsWith(`${MODULE}.`), key);
        assert.ok(message.trim().length > 0, key);
        assert.doesNotThrow(() => parse(message), key);
      }
    }
    const source = sources().join('\n');
    assert.deepEqual(
      keys.filter((key) => !source.includes(`'${key}'`)),
      [],
      'unused keys',
    );
    const asked = [...source.matchAll(/(?:\bt\(|flash: |conflict\()\s*'([a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)'/g)].map((match) => match[1]);
    assert.ok(asked.length >= 5, 'the page, the flash and the refusal ask for keys');
    assert.deepEqual(
      asked.filter((key) => !keys.includes(key ?? '')),
      [],
      'keys asked for but missing',
    );
  });

  it('is in the house style: biome finds nothing in the generated folder', () => {
    const checked = run(path.join(copy, 'node_modules/.bin/biome'), ['check', made.folder], copy);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  });
});

/**
 * The type errors in `files` (paths in the copy) under the project's tsconfig.json, through
 * TypeScript's API: the program still reads every file the generated ones import, but only
 * `files` are checked, where `tsc` over the registered list of modules would check the whole
 * app again (the typecheck step of CI does that already).
 */
async function typeErrors(root: string, files: string[]): Promise<string[]> {
  const { default: ts } = await import('typescript');
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: files.map((file) => path.join(root, file)), options: parsed.options });
  const diagnostics = [
    ...(config.error ? [config.error] : []),
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(path.join(root, file));
      assert.ok(source, `TypeScript did not read ${file}`);
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    }),
  ];
  const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  return diagnostics.map((diagnostic) => ts.formatDiagnostic(diagnostic, host).trim());
}

describe('scripts/new-module.ts: once registered', () => {
  it('type-checks: the generated files and the list of modules that registers them', async () => {
    registerInCopy(copy);
    const files = [...made.files.filter((file) => /\.tsx?$/.test(file)), 'src/modules/index.ts'];
    assert.ok(files.length > 10);
    // A file with a wrong type on purpose, checked with the rest: a check that found nothing
    // because it checked nothing would fail here.
    const canary = `${made.folder}/type-check-canary.ts`;
    fs.writeFileSync(
      path.join(copy, canary),
      `import { ${MODULE}Module } from './module.ts';\n\nexport const canary: number = ${MODULE}Module.name;\n`,
    );
    try {
      const errors = await typeErrors(copy, [...files, canary]);
      assert.deepEqual(
        errors.filter((error) => !error.startsWith(canary)),
        [],
      );
      assert.equal(errors.length, 1, 'the canary’s wrong type was not found');
      assert.match(errors[0] ?? '', /type-check-canary\.ts\(3,14\): error TS2322/);
    } finally {
      fs.rmSync(path.join(copy, canary));
    }
  });

  it('registered in an app, its action works on both surfaces and its permission table holds (the generated tests pass)', () => {
    // registerInCopy ran in a test before; node's runner keeps the order of a file's tests.
    assert.match(fs.readFileSync(path.join(copy, 'src/modules/index.ts'), 'utf8'), /samplesModule,/);
    const tests = made.files.filter((file) => file.endsWith('.test.ts'));
    assert.equal(tests.length, 2);
    // The copy seeds its own demo: a template of this run's tree would lack the new module's tables.
    // NODE_TEST_CONTEXT would make the child think it runs inside this test file, and run nothing.
    const { TARINA_TEST_TEMPLATES: _templates, NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const result = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...tests], copy, env);
    const output = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 0, output.slice(-6000));
    assert.match(output, /^# fail 0$/m);
    assert.ok(Number(/^# pass (\d+)$/m.exec(output)?.[1] ?? 0) >= 12, output.slice(-3000));
  });
});
