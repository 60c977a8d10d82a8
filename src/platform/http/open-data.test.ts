import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

describe('the open-data catalogue (GET /api/v1/open-data)', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('lists every declared export, each a documented GET whose permission is declared', async () => {
    const response = await test.client().get('/api/v1/open-data');
    assert.equal(response.status, 200);
    const { items } = JSON.parse(response.text) as {
      items: Array<{ name: string; module: string; path: string; formats: string[]; access: string }>;
    };
    const names = items.map((item) => item.name);
    for (const expected of ['surveys.responses', 'workshops.notes']) assert.ok(names.includes(expected), expected);
    const document = JSON.parse((await test.client().get('/api/v1/openapi.json')).text) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const item of items) {
      const path = item.path.replace(/:([a-zA-Z0-9_]+)/g, '{$1}');
      assert.ok(document.paths[path]?.get, `${item.name}: ${path} is not a documented GET`);
      assert.ok(item.formats.length > 0, `${item.name}: no formats`);
      assert.ok(
        item.access === 'public' || test.context.authorizer.has(item.access),
        `${item.name}: ${item.access} is not a declared permission`,
      );
    }
    assert.ok(document.paths['/api/v1/open-data']?.get, 'the catalogue documents itself');
  });
});
