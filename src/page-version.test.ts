import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * Every action says whether its write changes what the render cache serves, and who moves the
 * page version (`pageVersion` in `platform/actions/action.ts`). `collectActions` checks that
 * `after-commit` goes with `invalidatePages`; this test reads the code an action runs (its
 * module's files, three imports deep) and checks that `in-command` actions reach a command that
 * raises the version, and that no other action does (a version raised but not declared, or
 * raised twice).
 */

const modulesRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'modules');
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const RAISES = /\bbumpPageVersion\(/;

function raisesPageVersion(file: string, moduleRoot: string, depth: number, seen: Set<string>): boolean {
  if (seen.has(file) || !fs.existsSync(file)) return false;
  seen.add(file);
  const source = fs.readFileSync(file, 'utf8');
  if (depth > 0 && RAISES.test(source)) return true;
  if (depth >= 3) return false;
  for (const [, specifier] of source.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), specifier as string);
    // Only the module's own code: views and the platform's definition of the function do not count.
    if (!target.startsWith(moduleRoot + path.sep) || target.includes(`${path.sep}views${path.sep}`)) continue;
    if (raisesPageVersion(target, moduleRoot, depth + 1, seen)) return true;
  }
  return false;
}

function actionFiles(): Array<{ file: string; module: string; declared: string }> {
  return fs.readdirSync(modulesRoot).flatMap((module) => {
    const folder = path.join(modulesRoot, module, 'actions');
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
      .flatMap((name) => {
        const file = path.join(folder, name);
        const source = fs.readFileSync(file, 'utf8');
        const declared = /\n {2}pageVersion: '([a-z-]+)'/.exec(source)?.[1] ?? (/= facilitatorAction\(/.test(source) ? 'unchanged' : null);
        return declared && /^export const \w+Action = /m.test(source) ? [{ file, module, declared }] : [];
      });
  });
}

describe('who moves the page version after each action', () => {
  const actions = actionFiles();

  it('finds the actions of every module that has them, each with its declaration', () => {
    assert.ok(actions.length >= 80, `only ${actions.length} actions found`);
    const modules = new Set(actions.map((action) => action.module));
    for (const module of ['news', 'processes', 'events', 'surveys', 'workshops']) assert.ok(modules.has(module), module);
  });

  it('an in-command action runs a command that raises the version; no other action does', () => {
    const wrong = actions.flatMap(({ file, module, declared }) => {
      const raises = raisesPageVersion(file, path.join(modulesRoot, module), 0, new Set());
      const shown = path.relative(modulesRoot, file);
      if (declared === 'in-command' && !raises) return [`${shown}: declares in-command, but no command it runs raises the version`];
      if (declared !== 'in-command' && raises) return [`${shown}: declares ${declared}, but a command it runs raises the version`];
      return [];
    });
    assert.deepEqual(wrong, []);
  });
});
