import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoIds } from '../testing/demo-ids.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient, TestResponse } from '../testing/test-client.ts';

/**
 * The OpenAPI document, walked as a client would read it: every operation documents
 * its responses and security, every write its body (or that it takes none); and every
 * write, called by the demo admin with an empty body, wrong types and values past the
 * documented limits, answers a 4xx problem+json (a 422 naming the fields), never a 5xx.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minimum?: number;
  anyOf?: Schema[];
  maxLength?: number;
  pattern?: string;
  maximum?: number;
  maxItems?: number;
  enum?: unknown[];
  required?: string[];
  additionalProperties?: Schema | boolean;
};
type Operation = {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
  security?: Array<Record<string, string[]>>;
  'x-no-body'?: boolean;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }> };
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const PROBLEM_STATUSES = ['400', '401', '403', '404', '409', '410', '413', '415', '422', '429'];

function operations(document: Document) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation, name: `${method.toUpperCase()} ${path}` })),
  );
}

function bodySchema(operation: Operation): Schema | undefined {
  return operation.requestBody?.content?.['application/json']?.schema;
}

/** A schema that says something about the body (not `{}`, which accepts anything undescribed). */
function describes(schema: Schema | undefined): boolean {
  if (!schema) return false;
  if (schema.anyOf) return schema.anyOf.every(describes);
  return schema.type !== undefined && (schema.type !== 'object' || Object.keys(schema.properties ?? {}).length > 0);
}

/** The fields of a body that take text or lists of any length (every input has its limit in the schema). */
function unboundedFields(schema: Schema | undefined, path: string[] = []): string[] {
  if (!schema) return [];
  if (schema.anyOf) return [...new Set(schema.anyOf.flatMap((branch) => unboundedFields(branch, path)))];
  const field = path.join('.') || '(body)';
  const nested = (child: Schema | boolean | undefined, name: string) =>
    typeof child === 'object' ? unboundedFields(child, [...path, name]) : [];
  if (schema.type === 'object') {
    return [
      ...Object.entries(schema.properties ?? {}).flatMap(([name, child]) => nested(child, name)),
      ...nested(schema.additionalProperties, '*'),
    ];
  }
  if (schema.type === 'array') return [...(schema.maxItems === undefined ? [field] : []), ...nested(schema.items, '0')];
  if (schema.type === 'string' && schema.maxLength === undefined && !schema.enum && !boundedPattern(schema.pattern)) return [field];
  return [];
}

/** A whole-value pattern without an open-ended repeat (`#rgb` or `#rrggbb`) bounds a text's length too. */
function boundedPattern(pattern: string | undefined): boolean {
  return Boolean(pattern?.startsWith('^') && pattern.endsWith('$') && !/[+*]|\{\d+,\}/.test(pattern));
}

function typesOf(schema: Schema): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap(typesOf);
  if (schema.enum) return ['enum'];
  return [schema.type ?? []].flat();
}

/** A value of a type the property's schema does not take. */
function wrongValue(schema: Schema): unknown {
  const types = typesOf(schema);
  if (!types.includes('object')) return { wrong: true };
  return 12345;
}

/** The first branch of a schema that is not `null`. */
function nonNull(schema: Schema): Schema {
  return schema.anyOf?.find((branch) => branch.type !== 'null') ?? schema;
}

/** The path of every field of a body, nested objects' fields too. */
function fieldPaths(schema: Schema, path: string[] = []): string[][] {
  const node = nonNull(schema);
  const own = path.length ? [path] : [];
  if (node.type !== 'object' || !node.properties) return own;
  return [...own, ...Object.entries(node.properties).flatMap(([name, child]) => fieldPaths(child, [...path, name]))];
}

function fieldAt(schema: Schema, path: string[]): Schema {
  return path.reduce((node, name) => nonNull(node).properties?.[name] ?? {}, schema);
}

/** Every documented limit in a body schema, as a path and a value just past it. */
function oversizeValues(schema: Schema, path: string[] = []): Array<{ path: string[]; value: unknown }> {
  const node = nonNull(schema);
  if (node.type === 'object' && node.properties) {
    return Object.entries(node.properties).flatMap(([name, child]) => oversizeValues(child, [...path, name]));
  }
  if (path.length === 0) return [];
  if (node.type === 'string' && node.maxLength !== undefined) return [{ path, value: 'x'.repeat(node.maxLength + 1) }];
  if ((node.type === 'number' || node.type === 'integer') && node.maximum !== undefined) return [{ path, value: node.maximum + 1 }];
  if (node.type === 'array' && node.maxItems !== undefined)
    return [{ path, value: Array.from({ length: node.maxItems + 1 }, (_, index) => example(node.items ?? {}, index)) }];
  return [];
}

/** A plain value the schema describes (the `index`th of a list, so list rows differ). */
function example(schema: Schema, index: number): unknown {
  const node = nonNull(schema);
  if (node.enum) return node.enum[0];
  if (node.type === 'object') {
    return Object.fromEntries(Object.entries(node.properties ?? {}).map(([name, child]) => [name, example(child, index)]));
  }
  if (node.type === 'array') return [];
  if (node.type === 'boolean') return true;
  if (node.type === 'number' || node.type === 'integer') return index + 1;
  return `x${index}`;
}

/** A copy of `base` with the field at `path` set to `value` (the other fields as the example has them). */
function withField(base: unknown, path: string[], value: unknown): Record<string, unknown> {
  const copy = (typeof base === 'object' && base !== null && !Array.isArray(base) ? structuredClone(base) : {}) as Record<string, unknown>;
  const [head, ...rest] = path;
  copy[head as string] = rest.length ? withField(copy[head as string], rest, value) : value;
  return copy;
}

interface ProblemJson {
  status?: number;
  errors?: Array<{ field?: string; message?: string }>;
}

/** Fails unless the answer is a success or a 4xx problem+json; a 422 must name fields. Returns the named fields. */
function assertNoServerError(response: TestResponse, label: string): string[] {
  assert.ok(response.status < 500, `${label} answered ${response.status}: ${response.text.slice(0, 300)}`);
  if (response.status < 400) return [];
  assert.match(
    response.headers.get('content-type') ?? '',
    /^application\/problem\+json/,
    `${label} answered ${response.status} without problem+json`,
  );
  const problem = response.json<ProblemJson>();
  assert.equal(problem.status, response.status, `${label}: the problem's status`);
  if (response.status !== 422) return [];
  assert.ok(problem.errors?.length, `${label} answered 422 without naming a field: ${response.text.slice(0, 300)}`);
  for (const error of problem.errors ?? []) {
    assert.ok(error.field && error.message, `${label} answered 422 with an unnamed or unexplained error: ${JSON.stringify(error)}`);
  }
  return (problem.errors ?? []).map((error) => error.field ?? '');
}

describe('the OpenAPI document (/api/v1/openapi.json)', () => {
  let test: TestApp;
  let admin: TestClient;
  let document: Document;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    const response = await test.client().get('/api/v1/openapi.json');
    assert.equal(response.status, 200);
    document = response.json<Document>();
  });
  after(() => test.close());

  it('names the ways to authenticate: a bearer API token, the session cookie and its CSRF header', () => {
    const schemes = document.components.securitySchemes;
    assert.deepEqual(schemes.bearerToken, { ...schemes.bearerToken, type: 'http', scheme: 'bearer' });
    assert.deepEqual(schemes.sessionCookie, { ...schemes.sessionCookie, type: 'apiKey', in: 'cookie' });
    assert.deepEqual(schemes.csrfHeader, { ...schemes.csrfHeader, type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
  });

  it('documents every operation’s success and error responses and its security', () => {
    const missing: string[] = [];
    for (const { name, operation, method } of operations(document)) {
      const statuses = Object.keys(operation.responses ?? {});
      if (!statuses.some((status) => /^2\d\d$/.test(status))) missing.push(`${name}: no success response`);
      const errors = statuses.filter((status) => PROBLEM_STATUSES.includes(status));
      const publicRead = method === 'get' && (operation.security ?? []).some((requirement) => Object.keys(requirement).length === 0);
      if (errors.length === 0 && !publicRead) missing.push(`${name}: no error response`);
      for (const status of errors) {
        if (!operation.responses?.[status]?.content?.['application/problem+json']) missing.push(`${name}: ${status} is not problem+json`);
      }
      const security = operation.security ?? [];
      if (security.length === 0) missing.push(`${name}: no security`);
      const schemes = security.flatMap((requirement) => Object.keys(requirement));
      for (const scheme of schemes) {
        if (!document.components.securitySchemes[scheme]) missing.push(`${name}: unknown security scheme ${scheme}`);
      }
      if (security.length && !schemes.includes('bearerToken')) missing.push(`${name}: no bearer token`);
      if (WRITES.has(method) && security.some((requirement) => 'sessionCookie' in requirement && !('csrfHeader' in requirement))) {
        missing.push(`${name}: a session write without the CSRF header`);
      }
      if (
        security.length &&
        (security.some((requirement) => Object.keys(requirement).length === 0) ? !statuses.length : !statuses.includes('401'))
      ) {
        missing.push(`${name}: needs sign-in but documents no 401`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('documents the request body of every write, or that it takes none', () => {
    const missing: string[] = [];
    for (const { name, method, operation } of operations(document)) {
      if (!WRITES.has(method)) continue;
      const schema = bodySchema(operation);
      if (schema ? !describes(schema) : method !== 'delete' && !operation['x-no-body']) {
        missing.push(`${name}: ${schema ? `an undescribed body ${JSON.stringify(schema)}` : 'no body and no x-no-body'}`);
      }
      for (const field of unboundedFields(schema)) missing.push(`${name}: ${field} has no documented limit`);
    }
    assert.deepEqual(missing, []);
  });

  it('every write answers an empty body, wrong types and oversize values with 4xx problem+json, never 5xx', async () => {
    const ids = await demoIds(test);
    const undocumented = new Set<string>();
    const wrongTypesUnnamed: string[] = [];
    let calls = 0;
    // Ending a workshop goes last, so the room's other routes meet it open.
    const writes = operations(document)
      .filter(({ method }) => WRITES.has(method))
      .sort((a, b) => Number(a.path.endsWith('/close')) - Number(b.path.endsWith('/close')));
    for (const { name, path, method, operation } of writes) {
      const schema = bodySchema(operation);
      // Writes without a body are called on something that does not exist: nothing demo is deleted or changed.
      const url = path.replace(/\{([^}]+)\}/g, (_whole, param: string) => (schema ? ids(path, param) : 'no-such-thing'));
      const send = async (label: string, body?: string) => {
        calls += 1;
        const headers: Record<string, string> = { 'x-csrf-token': await admin.csrfToken(), accept: 'application/json' };
        if (body !== undefined) headers['content-type'] = 'application/json';
        const response = await admin.request(method.toUpperCase(), url, { body, headers });
        const fields = assertNoServerError(response, `${name} (${url}) with ${label}`);
        if (!operation.responses?.[String(response.status)]) undocumented.add(`${name}: ${response.status} (${label})`);
        return { response, fields };
      };
      await send('no body');
      await send('an empty JSON body', '');
      await send('{}', '{}');
      await send('a JSON array', '[]');
      await send('a JSON string', '"text"');
      if (!schema) continue;
      // Each bad value goes in a body that is otherwise as the schema describes, so the refusal must name it.
      const base = example(schema, 0);
      for (const fieldPath of fieldPaths(schema)) {
        // A form-friendly schema may coerce it (a flag takes anything); otherwise it is refused, naming fields.
        const field = fieldPath.join('.');
        const wrong = JSON.stringify(withField(base, fieldPath, wrongValue(fieldAt(schema, fieldPath))));
        const { response, fields } = await send(`a wrong-typed ${field}`, wrong);
        // A flag takes anything (the form-friendly `flagSchema`): only other fields must be named.
        const flag = typesOf(fieldAt(schema, fieldPath)).every((type) => type === 'boolean');
        if (response.status === 422 && !flag && !fields.some((named) => named === field || named.startsWith(`${field}.`))) {
          wrongTypesUnnamed.push(`${name}: ${field} (named ${fields.join(', ')})`);
        }
      }
      for (const { path: fieldPath, value } of oversizeValues(schema)) {
        const field = fieldPath.join('.');
        const { response, fields } = await send(`an oversize ${field}`, JSON.stringify(withField(base, fieldPath, value)));
        if (response.status === 429) continue;
        assert.equal(response.status, 422, `${name} took an oversize ${field}: ${response.status}`);
        assert.ok(
          fields.some((named) => named === field || named.startsWith(`${field}.`)),
          `${name} refused an oversize ${field} without naming it: ${fields.join(', ')}`,
        );
      }
    }
    assert.ok(calls > 300, `only ${calls} calls`);
    assert.deepEqual([...undocumented], [], 'statuses answered but not documented');
    assert.deepEqual(wrongTypesUnnamed, [], 'wrong-typed fields refused without being named');
  });
});
