import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { insertProcess } from '../test-fixtures.ts';

const PATHS = (slug: string) => [`/fi/processes/${slug}`, `/fi/processes/${slug}/timeline`, `/fi/processes/${slug}/organisation`];
const API_PATHS = (slug: string) => [
  `/api/v1/processes/${slug}`,
  `/api/v1/processes/${slug}/phases`,
  `/api/v1/processes/${slug}/bodies`,
  `/api/v1/processes/${slug}/timeline`,
];

describe('who sees draft and internal processes', () => {
  let test: TestApp;
  const clients: Record<string, TestClient> = {};
  before(async () => {
    test = await startTestApp({ demo: true });
    const organisationId = test.demo.organisationId!;
    await insertProcess(test.context.db, organisationId, { slug: 'luonnos', visibility: 'draft', title: { fi: 'Luonnosprosessi' } });
    await insertProcess(test.context.db, organisationId, { slug: 'sisainen', visibility: 'internal', title: { fi: 'Sisäinen prosessi' } });
    clients.visitor = test.client();
    for (const role of ['resident', 'facilitator', 'manager']) {
      clients[role] = test.client();
      await clients[role].signIn(`${role}@demo.tarina.invalid`, DEMO_ADMIN.password);
    }
    clients.admin = await test.adminClient();
  });
  after(() => test.close());

  async function statuses(client: TestClient, slug: string): Promise<number[]> {
    const pages = await Promise.all(PATHS(slug).map((path) => client.get(path)));
    const api = await Promise.all(API_PATHS(slug).map((path) => client.api('GET', path)));
    return [...pages, ...api].map((response) => response.status);
  }

  const table: Array<{ who: string; slug: string; sees: boolean }> = [
    { who: 'visitor', slug: 'luonnos', sees: false },
    { who: 'resident', slug: 'luonnos', sees: false },
    { who: 'facilitator', slug: 'luonnos', sees: false },
    { who: 'manager', slug: 'luonnos', sees: true },
    { who: 'admin', slug: 'luonnos', sees: true },
    { who: 'visitor', slug: 'sisainen', sees: false },
    { who: 'resident', slug: 'sisainen', sees: false },
    { who: 'facilitator', slug: 'sisainen', sees: true },
    { who: 'admin', slug: 'sisainen', sees: true },
    { who: 'visitor', slug: 'rauman-tarina', sees: true },
  ];

  for (const row of table) {
    it(`${row.who} ${row.sees ? 'sees' : 'gets 404 for'} ${row.slug}`, async () => {
      const expected = row.sees ? 200 : 404;
      assert.deepEqual(await statuses(clients[row.who]!, row.slug), Array(7).fill(expected));
    });
  }

  it('lists hidden processes only to those who may see them, marked as draft or internal', async () => {
    const visitor = await clients.visitor!.get('/fi/');
    assert.doesNotMatch(visitor.text, /Luonnosprosessi|Sisäinen prosessi/);
    const visitorApi = (await clients.visitor!.api('GET', '/api/v1/processes')).json<{ items: Array<{ slug: string }> }>();
    assert.deepEqual(
      visitorApi.items.map((item) => item.slug),
      ['rauman-tarina-jatkuu', 'rauman-tarina'],
    );
    const admin = await clients.admin!.get('/fi/');
    assert.match(admin.text, /Luonnosprosessi<\/a><\/h3><p class="card__meta">[^<]*<span class="tag tag--draft">Luonnos<\/span>/);
    assert.match(admin.text, /<span class="tag tag--internal">Sisäinen<\/span>/);
    const facilitatorApi = (await clients.facilitator!.api('GET', '/api/v1/processes')).json<{ items: Array<{ slug: string }> }>();
    assert.deepEqual(facilitatorApi.items.map((item) => item.slug).sort(), ['rauman-tarina', 'rauman-tarina-jatkuu', 'sisainen']);
  });

  it('answers a hidden process exactly like an unknown one', async () => {
    const hidden = await clients.visitor!.api('GET', '/api/v1/processes/luonnos');
    const unknown = await clients.visitor!.api('GET', '/api/v1/processes/ei-ole-olemassa');
    assert.equal(hidden.status, 404);
    assert.equal(hidden.json<{ type: string }>().type, unknown.json<{ type: string }>().type);
    assert.equal(hidden.json<{ detail: string }>().detail, unknown.json<{ detail: string }>().detail);
  });
});
