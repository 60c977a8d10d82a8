import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { addLinks, LINKS_PER_INSERT } from '../../contributions/index.ts';

describe('the demo’s published themes and the links written in bulk', () => {
  let test: TestApp;
  let organisationId: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    organisationId = test.demo.organisationId as string;
  });
  after(() => test.close());

  it('shows the demo process’s published themes with people’s own words, in fi, sv and en', async () => {
    const slug = test.demo.processSlug as string;
    const published = await test.context.db
      .selectFrom('insight_published_theme_sets')
      .select('run_id')
      .where('process_id', '=', test.demo.processId as string)
      .executeTakeFirst();
    assert.ok(published, 'the demo’s run is published');
    for (const locale of ['fi', 'sv', 'en']) {
      const page = await test.client().get(`/${locale}/processes/${slug}/themes`);
      assert.equal(page.status, 200);
      assert.ok([...page.text.matchAll(/<section[^>]*class="theme"/g)].length >= 3, `${locale}: themes shown`);
      assert.match(page.text, /<blockquote/, `${locale}: quotes shown`);
    }
    const json = (await test.client().get(`/api/v1/processes/${slug}/themes`)).json<{ published: boolean; topics: unknown[] }>();
    assert.equal(json.published, true);
  });

  it('links each published theme to every contribution it holds, once', async () => {
    const runId = (
      await test.context.db
        .selectFrom('insight_published_theme_sets')
        .select('run_id')
        .where('process_id', '=', test.demo.processId as string)
        .executeTakeFirstOrThrow()
    ).run_id;
    const pairs = await test.context.db
      .selectFrom('insight_theme_sentences')
      .select(['theme_id', 'contribution_id'])
      .distinct()
      .where('run_id', '=', runId)
      .where('theme_id', 'is not', null)
      .execute();
    const themeIds = [...new Set(pairs.map((pair) => pair.theme_id ?? ''))];
    const links = await test.context.db
      .selectFrom('links')
      .select(['from_id', 'to_id'])
      .where('from_type', '=', 'insight_theme')
      .where('relation', '=', 'groups')
      .where('from_id', 'in', themeIds)
      .execute();
    assert.equal(links.length, pairs.length);
  });

  it('writes more links than fit one statement, and a repeated link only once', async () => {
    const count = LINKS_PER_INSERT + 7;
    const links = Array.from({ length: count }, (_, index) => ({
      from: { type: 'bulk_test', id: 'from' },
      relation: 'groups',
      to: { type: 'contribution', id: `c${index}` },
    }));
    const now = new Date('2026-03-01T10:00:00.000Z');
    await addLinks(test.context.db, organisationId, links, now);
    await addLinks(test.context.db, organisationId, links.slice(0, 10), now);
    const stored = await test.context.db
      .selectFrom('links')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('from_type', '=', 'bulk_test')
      .executeTakeFirstOrThrow();
    assert.equal(Number(stored.count), count);
  });
});
