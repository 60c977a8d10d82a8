import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AnyAction } from './platform/actions/action.ts';
import { API_PREFIX, jsonSchemaOf } from './platform/http/api.ts';
import { demoIds } from './platform/testing/demo-ids.ts';
import { startTestApp, type TestApp } from './platform/testing/test-app.ts';
import type { TestClient } from './platform/testing/test-client.ts';

/**
 * Every declared action, posted as a browser posts a form, with an empty form, a wrong-shaped
 * field and each field past its documented limit: a 4xx (the form again with 422, or the
 * error page), a redirect, never a 5xx. The API half of the table is the OpenAPI test
 * (`platform/http/openapi-complete.test.ts`), which calls every documented write; this test
 * also checks that every action's API surface is in that document.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  maxLength?: number;
  maxItems?: number;
};

function nonNull(schema: Schema): Schema {
  return schema.anyOf?.find((branch) => branch.type !== 'null') ?? schema;
}

/** Every field of a form as its flat name (`title.fi`) with the schema of its value. */
function formFields(schema: Schema, prefix = ''): Array<{ name: string; schema: Schema }> {
  const node = nonNull(schema);
  if (node.type === 'object' && node.properties) {
    return Object.entries(node.properties).flatMap(([name, child]) => formFields(child, prefix ? `${prefix}.${name}` : name));
  }
  return prefix ? [{ name: prefix, schema: node }] : [];
}

/** A value just past a field's limit, as a form posts it. */
function oversize(field: { name: string; schema: Schema }): Record<string, string | string[]> | null {
  const { schema } = field;
  if (schema.type === 'string' && schema.maxLength !== undefined) return { [field.name]: 'x'.repeat(schema.maxLength + 1) };
  if (schema.type === 'array' && schema.maxItems !== undefined) {
    return { [`${field.name}[]`]: Array.from({ length: schema.maxItems + 1 }, (_, index) => `x${index}`) };
  }
  return null;
}

describe('every declared action on its page, with bad input', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('declares actions, each on at least one surface, every API surface documented in OpenAPI', async () => {
    const actions = test.context.actions;
    assert.ok(actions.length >= 3, `only ${actions.length} actions`);
    const document = JSON.parse((await test.client().get('/api/v1/openapi.json')).text) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const undocumented = actions
      .filter((action) => action.api)
      .filter((action) => {
        const api = action.api as NonNullable<AnyAction['api']>;
        const path = `${API_PREFIX}${api.url}`.replace(/:([a-zA-Z0-9_]+)/g, '{$1}');
        return !document.paths[path]?.[api.method.toLowerCase()];
      })
      .map((action) => action.name);
    assert.deepEqual(undocumented, []);
  });

  it('answers an empty form, a wrong-shaped field and oversize values without a 5xx', async () => {
    const ids = await demoIds(test);
    const failures: string[] = [];
    let calls = 0;
    let refusedWithForm = 0;
    for (const action of test.context.actions) {
      const surface = action.page;
      if (!surface) continue;
      const schema = surface.input ?? action.input;
      const apiPath = action.api ? `${API_PREFIX}${action.api.url}`.replace(/:([a-zA-Z0-9_]+)/g, '{$1}') : null;
      // Actions that take no input run on something that does not exist: nothing of the demo changes.
      const idFor = (param: string) => {
        if (!schema || !apiPath?.includes(`{${param}}`)) return 'no-such-thing';
        try {
          return ids(apiPath, param);
        } catch {
          return 'no-such-thing';
        }
      };
      const url = `/fi${surface.url.replace(/:([a-zA-Z0-9_]+)/g, (_whole, param: string) => idFor(param))}`;
      const fields = schema ? formFields(jsonSchemaOf(schema, 'input') as Schema) : [];
      const bodies: Array<[string, Record<string, string | string[]>]> = [['an empty form', {}]];
      for (const field of fields) {
        // A text field posted as a group of values, and a nested field where a value belongs.
        bodies.push([`${field.name} twice`, { [field.name]: ['a', 'b'] }]);
        bodies.push([`${field.name}.x`, { [`${field.name}.x`]: 'y' }]);
        const tooBig = oversize(field);
        if (tooBig) bodies.push([`an oversize ${field.name}`, tooBig]);
      }
      for (const [label, body] of bodies) {
        calls += 1;
        const response = await admin.postForm(url, body);
        if (response.status >= 500)
          failures.push(`${action.name} (${url}) with ${label}: ${response.status} ${response.text.slice(0, 200)}`);
        if (response.status === 422 && surface.form) {
          refusedWithForm += 1;
          if (!/<form[\s>]/.test(response.text)) failures.push(`${action.name} with ${label}: 422 without the form`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(calls > 20, `only ${calls} calls`);
    assert.ok(refusedWithForm > 0, 'no form was shown again with its errors');
  });
});
