import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

/**
 * The served OpenAPI document as an integrator's tools read it: a standard OpenAPI 3.1
 * validator (Swagger Parser, which also resolves every `$ref`) accepts it, every shared or
 * recursive schema is a named component, and a typed client generated from it
 * (openapi-typescript) compiles and types the units tree to any depth.
 */

type Json = Record<string, unknown>;

function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === '$ref' && typeof child === 'string' ? [child] : refsOf(child)));
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]);
}

/** Type errors of a TypeScript program made of the given files (no emit). */
function typeErrors(files: Record<string, string>): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'tarina-openapi-'));
  try {
    const names = Object.entries(files).map(([name, text]) => {
      const file = path.join(folder, name);
      writeFileSync(file, text);
      return file;
    });
    const program = ts.createProgram(names, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      lib: ['lib.es2022.d.ts'],
      skipLibCheck: true,
    });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the OpenAPI document', () => {
  let test: TestApp;
  let document: Json;

  before(async () => {
    test = await startTestApp({ demo: true });
    const response = await fetch(`${test.baseUrl}/api/v1/openapi.json`);
    assert.equal(response.status, 200);
    document = (await response.json()) as Json;
  });
  after(() => test.close());

  it('validates as OpenAPI 3.1 with a standard validator, every reference resolving', async () => {
    assert.equal(document.openapi, '3.1.0');
    await SwaggerParser.validate(structuredClone(document) as never);
  });

  it('names shared and recursive schemas in components/schemas, with no $defs or whole-document reference left', () => {
    const schemas = (document.components as Json).schemas as Json;
    assert.ok(!keysOf(document.paths).includes('$defs'), 'no schema in a path keeps its own $defs');
    const refs = new Set(refsOf(document));
    assert.ok(!refs.has('#'), 'no reference to the whole document');
    for (const ref of refs) {
      assert.match(ref, /^#\/components\/schemas\/[A-Za-z0-9_.-]+$/);
      assert.ok(schemas[ref.slice('#/components/schemas/'.length)], `${ref} exists`);
    }
    const unitNode = schemas.UnitNode as { properties: { children: { items: { $ref: string } } } };
    assert.equal(unitNode.properties.children.items.$ref, '#/components/schemas/UnitNode');
    const units = document.paths as Record<string, Record<string, { responses: Record<string, { content: Json }> }>>;
    const listed = units['/api/v1/units']?.get?.responses['200']?.content['application/json'] as { schema: Json };
    assert.deepEqual(refsOf(listed.schema), ['#/components/schemas/UnitNode']);
    const created = units['/api/v1/units']?.post?.responses['201']?.content['application/json'] as { schema: Json };
    assert.deepEqual(created.schema, { $ref: '#/components/schemas/UnitNode' });
  });

  it('generates a typed client (openapi-typescript) that compiles and types the units tree to any depth', async () => {
    const types = astToString(await openapiTS(structuredClone(document) as never));
    assert.match(types, /UnitNode/);
    const errors = typeErrors({
      'api.ts': types,
      'use.ts': [
        "import type { components, paths } from './api';",
        "type Units = paths['/api/v1/units']['get']['responses'][200]['content']['application/json'];",
        'declare const units: Units;',
        "const grandchild: components['schemas']['UnitNode'] | undefined = units.items[0]?.children[0]?.children[0];",
        'const name: string | undefined = grandchild?.name.fi;',
        '// @ts-expect-error the tree has no such field',
        'units.items[0]?.children[0]?.nope;',
        'export { name };',
      ].join('\n'),
    });
    assert.deepEqual(errors, []);
  });
});
