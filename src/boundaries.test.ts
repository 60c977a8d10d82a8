import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The boundaries of docs/developing.md, checked: a module imports only another module's
// index.ts, the platform imports no module, modules do not import each other in a cycle,
// and a module reads another module's tables only where docs/decisions.md lists the read.

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));
const modulesRoot = path.join(sourceRoot, 'modules');
const platformRoot = path.join(sourceRoot, 'platform');
const decisionsFile = path.resolve(sourceRoot, '../docs/decisions.md');

/** Tests and what only tests use (`test-support/`, `platform/testing/`, `test-fixtures.ts`) may reach anywhere. */
function isTestCode(name: string): boolean {
  return /\.test\.tsx?$/.test(name) || name === 'test-fixtures.ts' || name === 'test-support' || name === 'testing';
}

/** Every TypeScript source under a folder but the tests'. */
function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (isTestCode(entry.name)) return [];
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The module a file belongs to (`news`), 'platform', or null for the app's own files (app.ts, cli.ts, demo/). */
function ownerOf(file: string): string | null {
  const relative = path.relative(sourceRoot, file).split(path.sep);
  if (relative[0] === 'modules' && relative.length > 2) return relative[1] ?? null;
  if (relative[0] === 'platform') return 'platform';
  return null;
}

/** A path as the offences and the allow-list name it: relative to src/, with forward slashes. */
function shown(file: string): string {
  return path.relative(sourceRoot, file).split(path.sep).join('/');
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

interface Import {
  file: string;
  line: number;
  /** The imported file, resolved; null for a package. */
  target: string | null;
}

/** Every import, `export … from` and dynamic `import()` of a file. */
function importsOf(file: string, source: ts.SourceFile): Import[] {
  const found: Import[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const text = specifier.text;
    const target = text.startsWith('.') ? path.resolve(path.dirname(file), text) : null;
    found.push({ file, line: lineOf(source, node), target });
  };
  walk(source, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
  });
  return found;
}

/** The module folder a resolved import points into, and whether it is that module's index.ts. */
function moduleTarget(target: string): { module: string; isIndex: boolean } | null {
  const relative = path.relative(modulesRoot, target).split(path.sep);
  if (relative[0] === '..' || path.isAbsolute(relative.join(path.sep))) return null;
  if (relative.length === 1) return { module: '(the module list, modules/index.ts)', isIndex: false };
  return { module: relative[0] ?? '', isIndex: relative.length === 2 && relative[1] === 'index.ts' };
}

/** Table name → the module (or 'platform') whose `declare module '…/schema.ts'` adds it to Database. */
function tableOwners(files: Array<{ file: string; source: ts.SourceFile }>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { file, source } of files) {
    const owner = ownerOf(file);
    if (!owner) continue;
    walk(source, (node) => {
      if (!ts.isModuleDeclaration(node) || !ts.isStringLiteral(node.name) || !node.name.text.endsWith('/schema.ts')) return;
      walk(node, (inner) => {
        if (!ts.isInterfaceDeclaration(inner) || inner.name.text !== 'Database') return;
        for (const member of inner.members) {
          if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) owners.set(member.name.text, owner);
        }
      });
    });
  }
  return owners;
}

interface TableRead {
  file: string;
  line: number;
  table: string;
  how: string;
}

/** Kysely builder methods whose first argument names a table (or `table as alias`, or a list of them). */
const TABLE_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
  'crossJoinLateral',
]);

/** In raw SQL: the word after from, join, into or update (optionally quoted). */
const RAW_TABLE = /\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi;

function tableNamesOf(argument: ts.Expression | undefined): string[] {
  if (!argument) return [];
  if (ts.isStringLiteralLike(argument)) return [argument.text.split(/\s+as\s+/)[0]?.trim() ?? ''];
  if (ts.isArrayLiteralExpression(argument)) return argument.elements.flatMap((element) => tableNamesOf(element));
  return [];
}

/** The raw text of a `sql` tagged template, with each `${…}` as a blank. */
function templateText(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' ? ');
}

/** Every table a file names to Kysely: builder calls, `sql.table('x')` and `from`/`join` in `sql` templates. */
function tableReadsOf(file: string, source: ts.SourceFile, known: Map<string, string>): TableRead[] {
  const reads: TableRead[] = [];
  walk(source, (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const isSqlTable = method === 'table' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'sql';
      if (TABLE_METHODS.has(method) || isSqlTable) {
        for (const table of tableNamesOf(node.arguments[0])) {
          reads.push({ file, line: lineOf(source, node), table, how: isSqlTable ? 'sql.table' : method });
        }
      }
    }
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      for (const match of templateText(node.template).matchAll(RAW_TABLE)) {
        const table = match[1] ?? '';
        if (known.has(table)) reads.push({ file, line: lineOf(source, node), table, how: 'sql`…`' });
      }
    }
  });
  return reads;
}

interface AllowedRead {
  reader: string;
  owner: string;
  table: string;
  file: string;
  reason: string;
}

/** The rows of the table under "Reads of another module's tables" in docs/decisions.md. */
function allowedReads(): AllowedRead[] {
  const text = fs.readFileSync(decisionsFile, 'utf8');
  const start = text.indexOf('<!-- boundaries:allowed-reads -->');
  const end = text.indexOf('<!-- /boundaries:allowed-reads -->');
  assert.ok(start >= 0 && end > start, 'docs/decisions.md has no boundaries:allowed-reads table');
  const rows = text
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    );
  // The header and the |---| line.
  return rows.slice(2).map(([reader = '', owner = '', table = '', file = '', reason = '']) => ({ reader, owner, table, file, reason }));
}

const files = [...sourceFiles(modulesRoot), ...sourceFiles(platformRoot)].map((file) => ({ file, source: parse(file) }));
const imports = files.flatMap(({ file, source }) => importsOf(file, source));
const owners = tableOwners(files);

describe('module boundaries', () => {
  it("a module imports only another module's index.ts", () => {
    const offences = imports.flatMap(({ file, line, target }) => {
      const reader = ownerOf(file);
      const into = target ? moduleTarget(target) : null;
      if (!reader || reader === 'platform' || !into || into.module === reader || into.isIndex) return [];
      return [`${shown(file)}:${line} imports ${shown(target ?? '')}`];
    });
    assert.deepEqual(offences, []);
  });

  it('the platform imports no module', () => {
    const offences = imports.flatMap(({ file, line, target }) =>
      ownerOf(file) === 'platform' && target && moduleTarget(target) ? [`${shown(file)}:${line} imports ${shown(target)}`] : [],
    );
    assert.deepEqual(offences, []);
  });

  it("a module's index.ts exports its public queries and types, not its manifest (the app takes manifests from module.ts)", () => {
    const offences = imports.flatMap(({ file, line, target }) =>
      path.basename(file) === 'index.ts' && path.dirname(path.dirname(file)) === modulesRoot && target?.endsWith(`${path.sep}module.ts`)
        ? [`${shown(file)}:${line} re-exports ${shown(target)}`]
        : [],
    );
    assert.deepEqual(offences, []);
  });

  it('modules do not import each other in a cycle', () => {
    const edges = new Map<string, Map<string, string>>();
    for (const { file, line, target } of imports) {
      const reader = ownerOf(file);
      const into = target ? moduleTarget(target) : null;
      if (!reader || reader === 'platform' || !into || into.module === reader) continue;
      const from = edges.get(reader) ?? new Map<string, string>();
      if (!from.has(into.module)) from.set(into.module, `${shown(file)}:${line}`);
      edges.set(reader, from);
    }
    const cycles: string[] = [];
    const seen = new Set<string>();
    const visit = (module: string, trail: string[]) => {
      const at = trail.indexOf(module);
      if (at >= 0) {
        const cycle = trail.slice(at);
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          const steps = cycle.map((from, index) => {
            const to = cycle[index + 1] ?? module;
            return `${from} → ${to} (${edges.get(from)?.get(to)})`;
          });
          cycles.push(steps.join(', '));
        }
        return;
      }
      for (const next of edges.get(module)?.keys() ?? []) visit(next, [...trail, module]);
    };
    for (const module of [...edges.keys()].sort()) visit(module, []);
    assert.deepEqual(cycles, []);
  });

  it('the table walk knows every module table and finds reads in every module', () => {
    // Guards the test itself: a parser that found no tables or no reads would pass anything.
    // A module without a tables.ts (insights' text analysis so far) has no tables to find.
    const modules = fs
      .readdirSync(modulesRoot, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(modulesRoot, entry.name, 'tables.ts')));
    for (const module of modules) {
      const tables = [...owners].filter(([, owner]) => owner === module.name);
      assert.ok(tables.length > 0, `no tables found for ${module.name}`);
    }
    const reads = files.flatMap(({ file, source }) => tableReadsOf(file, source, owners));
    assert.ok(reads.some((read) => read.how === 'selectFrom' && read.table === 'processes'));
    assert.ok(reads.some((read) => read.how === 'innerJoin'));
  });

  it("a module reads another module's tables only where docs/decisions.md lists the read", () => {
    const allowed = allowedReads();
    const used = new Set<AllowedRead>();
    const offences: string[] = [];
    for (const { file, source } of files) {
      const reader = ownerOf(file);
      if (!reader) continue;
      for (const read of tableReadsOf(file, source, owners)) {
        const owner = owners.get(read.table);
        assert.ok(owner, `${shown(file)}:${read.line} names ${read.table}, which no tables.ts declares`);
        // Modules build on the platform, so its tables (audit log, page versions, jobs) are open to them.
        if (owner === reader || owner === 'platform') continue;
        const entry = allowed.find(
          (row) => row.reader === reader && row.owner === owner && row.table === read.table && row.file === shown(file),
        );
        if (entry) used.add(entry);
        else offences.push(`${shown(file)}:${read.line} ${reader} reads ${owner}'s ${read.table} (${read.how})`);
      }
    }
    // Both lists at once: a moved file shows as one unlisted read and one stale row.
    const stale = allowed.filter((row) => !used.has(row)).map((row) => `${row.file}: ${row.reader} → ${row.owner}.${row.table}`);
    assert.deepEqual(
      { unlisted: offences, stale },
      { unlisted: [], stale: [] },
      'list an unlisted read in docs/decisions.md with its reason (or ask the owning module for a query); remove or move a stale row',
    );
    const unexplained = allowed.filter((row) => row.reason.length < 10).map((row) => `${row.file}: ${row.table}`);
    assert.deepEqual(unexplained, [], 'every allowed read says why');
  });
});
