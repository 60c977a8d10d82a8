import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { demoIds } from '../testing/demo-ids.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import type { TestClient, TestResponse } from '../testing/test-client.ts';
import { JSON_DEPTH_MAX } from './body-parsers.ts';

/**
 * The API's edges as found from outside: oversize headers, JSON nested thousands deep,
 * lone surrogates, unknown and wrong-typed fields and made-up list positions each get a
 * clear problem+json, never a stack overflow, a silent drop or an empty page.
 */

interface ProblemJson {
  type: string;
  status: number;
  detail: string;
  errors?: Array<{ field: string; code: string; message: string }>;
}

function problemOf(response: TestResponse): ProblemJson {
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/, response.text.slice(0, 200));
  const problem = JSON.parse(response.text) as ProblemJson;
  assert.equal(problem.status, response.status);
  return problem;
}

type Operation = { parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: unknown }> } };

describe('API edges', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('answers headers too large for the server with 431 problem+json', async () => {
    const url = new URL('/api/v1/processes', test.baseUrl);
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const request = http.get(url, { headers: { 'x-padding': 'a'.repeat(40_000) } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }));
      });
      request.on('error', reject);
    });
    assert.equal(answer.status, 431);
    assert.match(answer.type, /^application\/problem\+json/);
    const problem = JSON.parse(answer.body) as ProblemJson;
    assert.equal(problem.type, 'urn:tarina:problem:headers-too-large');
    assert.equal(problem.status, 431);
  });

  it('refuses JSON nested deeper than the limit with 400 "too deep", not a stack overflow or "bad JSON"', async () => {
    const client = test.client();
    for (const depth of [JSON_DEPTH_MAX + 1, 5_000, 200_000]) {
      const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const response = await client.request('POST', '/api/v1/units', {
        body,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'en' },
      });
      assert.equal(response.status, 400, `${depth} deep`);
      const problem = problemOf(response);
      assert.equal(problem.type, 'urn:tarina:problem:too-deep');
      assert.match(problem.detail, new RegExp(String(JSON_DEPTH_MAX)));
    }
    // Brackets inside strings are text, not depth.
    const inText = await admin.api('POST', '/api/v1/units', { name: { fi: '['.repeat(100) }, kind: 'unit' });
    assert.equal(inText.status, 201, inText.text.slice(0, 300));
  });

  it('refuses a lone surrogate in a JSON string or key as invalid UTF-8 (400)', async () => {
    for (const body of ['{"name":{"fi":"\\ud800"},"kind":"unit"}', '{"name":{"fi":"a\\udc00b"},"kind":"unit"}', '{"\\ud83d":1}']) {
      const response = await admin.request('POST', '/api/v1/units', {
        body,
        headers: { 'content-type': 'application/json', 'x-csrf-token': await admin.csrfToken() },
      });
      assert.equal(response.status, 400, body);
      assert.equal(problemOf(response).type, 'urn:tarina:problem:bad-encoding');
    }
    // A surrogate pair (an emoji) is text.
    const emoji = await admin.request('POST', '/api/v1/units', {
      body: '{"name":{"fi":"Kahvi \\u2615 \\ud83d\\ude00"},"kind":"unit"}',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await admin.csrfToken() },
    });
    assert.equal(emoji.status, 201, emoji.text.slice(0, 300));
  });

  it('refuses unknown fields in an API body with 422 naming each, as the document says (additionalProperties: false)', async () => {
    const response = await admin.api('POST', '/api/v1/units', { name: { fi: 'Uusi', fx: 'typo' }, kind: 'unit', colour: 'red' });
    assert.equal(response.status, 422);
    const fields = (problemOf(response).errors ?? []).map((error) => [error.field, error.code]);
    assert.deepEqual(fields.sort(), [
      ['colour', 'unknownField'],
      ['name.fx', 'unknownField'],
    ]);
    const document = (await (await fetch(`${test.baseUrl}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const schema = document.paths['/api/v1/units']?.post?.requestBody?.content['application/json']?.schema as {
      additionalProperties?: boolean;
      properties: { name: { additionalProperties?: boolean } };
    };
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.name.additionalProperties, false);
  });

  it('says a field of the wrong type is of the wrong type, and a missing one that it is required', async () => {
    const wrong = await admin.api('POST', '/api/v1/units', { name: { fi: 5, sv: ['x'] }, kind: 'unit' });
    assert.equal(wrong.status, 422);
    const codes = Object.fromEntries((problemOf(wrong).errors ?? []).map((error) => [error.field, error.code]));
    assert.deepEqual(codes, { 'name.fi': 'type', 'name.sv': 'type' });
    const missing = await admin.api('POST', '/api/v1/units', { name: { sv: 'Ny' }, kind: 'unit' });
    assert.equal(missing.status, 422);
    assert.deepEqual(
      (problemOf(missing).errors ?? []).map((error) => [error.field, error.code]),
      [['name.fi', 'required']],
    );
  });

  it('answers 422 naming the cursor for a made-up list position on every list', async () => {
    const ids = await demoIds(test);
    const document = (await (await fetch(`${test.baseUrl}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const lists = Object.entries(document.paths).flatMap(([path, methods]) =>
      methods.get?.parameters?.some((parameter) => parameter.name === 'cursor' && parameter.in === 'query') ? [path] : [],
    );
    assert.ok(lists.includes('/api/v1/users') && lists.length >= 10, lists.join(', '));
    const answered: string[] = [];
    for (const path of lists) {
      const url = path.replace(/\{([^}]+)\}/g, (_whole, param: string) => ids(path, param));
      for (const cursor of ['zz', 'bm8tc3VjaA', '%E2%80%8B']) {
        const response = await admin.api('GET', `${url}?cursor=${cursor}`);
        const fields = response.status === 422 ? (problemOf(response).errors ?? []).map((error) => error.field) : [];
        if (response.status !== 422 || !fields.includes('cursor')) answered.push(`${path}?cursor=${cursor}: ${response.status}`);
      }
    }
    assert.deepEqual(answered, []);
  });
});
