import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createUser } from './modules/accounts/index.ts';
import { createOrganisation } from './modules/organisations/index.ts';
import { startTestApp, type TestApp } from './platform/testing/test-app.ts';
import type { TestClient } from './platform/testing/test-client.ts';

const OTHER_HOST = 'toinen.example';
const OTHER_ADMIN = { email: 'admin@toinen.example', password: 'toisen-kunnan-salasana' };

/** Ids and slugs of one row of every table the organisation owns. */
async function idsOfOrganisation(test: TestApp, organisationId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const tables = await test.context.db.introspection.getTables();
  for (const table of tables) {
    if (!table.columns.some((column) => column.name === 'organisation_id')) continue;
    const idColumns = table.columns.filter((column) => column.name === 'id' || column.name === 'slug').map((column) => column.name);
    if (idColumns.length === 0) continue;
    // biome-ignore lint/suspicious/noExplicitAny: walks every table generically
    const rows = await (test.context.db as any)
      .selectFrom(table.name)
      .select(idColumns) // One row of each table is enough: a route that finds a row by id without its organisation finds any.
      .where('organisation_id', '=', organisationId)
      .limit(1)
      .execute();
    for (const row of rows as Array<Record<string, string>>) for (const column of idColumns) if (row[column]) ids.add(row[column]);
  }
  return ids;
}

/** A digest of every row the organisation owns, to prove nothing changed. */
async function snapshotOrganisation(test: TestApp, organisationId: string): Promise<string> {
  const hash = createHash('sha256');
  const tables = (await test.context.db.introspection.getTables()).sort((a, b) => a.name.localeCompare(b.name));
  for (const table of tables) {
    if (!table.columns.some((column) => column.name === 'organisation_id')) continue;
    if (table.name === 'audit_log' || table.name === 'sessions') continue;
    // biome-ignore lint/suspicious/noExplicitAny: walks every table generically
    const rows = await (test.context.db as any).selectFrom(table.name).selectAll().where('organisation_id', '=', organisationId).execute();
    const sorted = (rows as Array<Record<string, unknown>>).map((row) => JSON.stringify(row)).sort();
    hash.update(`${table.name}:${sorted.join('\n')}`);
  }
  return hash.digest('hex');
}

/**
 * The routes of a method, each handler once: a page is the same handler under /fi, /sv and /en
 * (`page()` in platform/http/paths.ts), so only the first language's route of each is asked.
 */
function routesOnce(test: TestApp, keep: (route: { method: string; url: string }) => boolean) {
  const seen = new Set<string>();
  return test.app.routeList.filter((route) => {
    if (!keep(route)) return false;
    const key = `${route.method} ${route.url.replace(/^\/(fi|sv|en)\//, '/:locale/')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Fills a route pattern's :params with each of the given values (one URL per value). */
function instantiate(url: string, values: string[]): string[] {
  if (!url.includes(':')) return [url];
  return values.map((value) => url.replace(/:[a-zA-Z]+(\([^)]*\))?/g, encodeURIComponent(value)));
}

describe('two organisations in one deployment', () => {
  let test: TestApp;
  let demoIds: string[];
  let demoUuids: string[];
  let other: TestClient;

  before(async () => {
    // Without the scheduled jobs: they change the demo's rows on their own (the 2013 events are long over), not through a route.
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    const otherId = await createOrganisation(
      test.context.db,
      { slug: 'toinen', name: { fi: 'Toinen kunta', sv: 'Annan kommun', en: 'Other municipality' }, hosts: [OTHER_HOST] },
      new Date(),
    );
    await createUser(
      test.context.db,
      otherId,
      { ...OTHER_ADMIN, displayName: 'Toisen kunnan ylläpitäjä', locale: 'fi', roles: ['org_admin', 'process_manager'] },
      new Date(),
    );
    demoIds = [...(await idsOfOrganisation(test, test.demo.organisationId ?? ''))];
    demoUuids = demoIds.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(id));
    other = test.client({ host: OTHER_HOST });
    await other.signIn(OTHER_ADMIN.email, OTHER_ADMIN.password);
  });
  after(() => test.close());

  it('serves the other organisation on its own host name', async () => {
    const page = await other.get('/fi/');
    assert.match(page.text, /Toinen kunta/);
    assert.doesNotMatch(page.text, /Rauman kaupunki/);
  });

  it('shows nothing of the demo organisation through any GET route on the other host', async () => {
    const routes = routesOnce(test, (route) => route.method === 'GET' && !route.url.includes('*'));
    const leaks: string[] = [];
    let requests = 0;
    for (const route of routes) {
      for (const url of instantiate(route.url, demoIds)) {
        const response = await other.get(url);
        requests += 1;
        if (response.status >= 500) leaks.push(`${url} answered ${response.status}`);
        if (response.status !== 200) continue;
        if (/Rauman Tarina|Rauman kaupunki|RAUMAVIISAAT/.test(response.text)) leaks.push(`${url} shows the demo's text`);
        for (const id of demoUuids) if (response.text.includes(id)) leaks.push(`${url} shows the demo's id ${id}`);
      }
    }
    assert.ok(requests > 50, `only ${requests} requests were made`);
    assert.deepEqual(leaks, []);
  });

  it('changes nothing of the demo organisation through any write route on the other host', async () => {
    const before = await snapshotOrganisation(test, test.demo.organisationId ?? '');
    const routes = routesOnce(test, (route) => route.method !== 'GET' && route.method !== 'HEAD' && route.url.includes(':'));
    const errors: string[] = [];
    for (const route of routes) {
      for (const url of instantiate(route.url, demoIds)) {
        const response = url.startsWith('/api/')
          ? await other.api(route.method, url, {})
          : await other.postForm(url, { confirm: 'yes', 'title.fi': 'Murto' });
        if (response.status >= 500) errors.push(`${route.method} ${url} answered ${response.status}`);
      }
    }
    assert.deepEqual(errors, []);
    assert.equal(await snapshotOrganisation(test, test.demo.organisationId ?? ''), before);
  });
});
