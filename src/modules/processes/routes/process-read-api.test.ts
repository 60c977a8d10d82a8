import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { z } from 'zod';
import { fixedClock } from '../../../platform/clock.ts';
import { pageOf } from '../../../platform/http/api.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { bodySchema, phaseSchema, processSchema, timelineItemSchema } from '../presenters.ts';
import { insertBody, insertProcess, insertProcessContent } from '../test-fixtures.ts';

const API = '/api/v1/processes';

describe('the processes read API', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock('2013-04-10T09:00:00Z') });
  });
  after(() => test.close());

  async function getJson<Schema extends z.ZodType>(path: string, schema: Schema): Promise<z.output<Schema>> {
    const response = await test.client().api('GET', path);
    assert.equal(response.status, 200, `${path}: ${response.text}`);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    return schema.parse(response.json());
  }

  it('lists the visible processes as a page with localized fields', async () => {
    const page = await getJson(API, pageOf(processSchema));
    assert.equal(page.nextCursor, null);
    assert.deepEqual(
      page.items.map((item) => item.slug),
      ['rauman-tarina-jatkuu', 'rauman-tarina'],
    );
    const process = page.items.find((item) => item.slug === 'rauman-tarina');
    assert.equal(process?.slug, 'rauman-tarina');
    assert.deepEqual(process?.title, { fi: 'Rauman Tarina', sv: 'Raumos berättelse', en: "Rauma's Story" });
    assert.equal(process?.status, 'running');
    assert.equal(process?.progressPercent, 15);
  });

  it('gets one process with its current phase', async () => {
    const process = await getJson(`${API}/rauman-tarina`, processSchema);
    const phases = await getJson(`${API}/rauman-tarina/phases`, pageOf(phaseSchema));
    assert.equal(process.currentPhaseId, phases.items[1]?.id);
    assert.equal(process.visibility, 'public');
  });

  it('lists the phases in order with exactly one current', async () => {
    const phases = await getJson(`${API}/rauman-tarina/phases`, pageOf(phaseSchema));
    assert.deepEqual(
      phases.items.map((phase) => [phase.title.en, phase.state, phase.current]),
      [
        ['Start-up and planning', 'done', false],
        ['Gathering voices', 'current', true],
        ['Shaping the story', 'upcoming', false],
        ['Decision', 'upcoming', false],
        ['Taking ownership', 'upcoming', false],
      ],
    );
    assert.deepEqual([phases.items[0]?.startsOn, phases.items[4]?.endsOn], ['2013-02-25', '2013-12-31']);
  });

  it('lists the bodies with their members and sectors', async () => {
    const bodies = await getJson(`${API}/rauman-tarina/bodies`, pageOf(bodySchema));
    assert.equal(bodies.items.length, 8);
    const council = bodies.items.find((body) => body.kind === 'council');
    const board = bodies.items.find((body) => body.kind === 'board');
    assert.equal(board?.parentId, council?.id);
    const panel = bodies.items.find((body) => body.kind === 'stakeholder_panel');
    assert.equal(panel?.sectors.length, 12);
    assert.deepEqual(panel?.sectors[0]?.name, { fi: 'Asuminen', sv: 'Boende', en: 'Housing' });
    const coordination = bodies.items.find((body) => body.kind === 'coordination_group');
    assert.equal(coordination?.members.length, 4);
    assert.equal(coordination?.members[1]?.positionTitle.fi, 'Apulaiskaupunginjohtaja');
  });

  it('lists the timeline in date order, and only one body’s items with ?audience=', async () => {
    const all = await getJson(`${API}/rauman-tarina/timeline`, pageOf(timelineItemSchema));
    assert.equal(all.items.length, 15);
    assert.equal(all.items[0]?.title.fi, 'Kaupunginhallituksen informointi');
    const autumn = all.items.at(-1);
    assert.deepEqual([autumn?.datePrecision, autumn?.startsOn, autumn?.endsOn], ['season', '2013-09-01', '2013-12-31']);
    const panel = test.demo.bodyIds!.raumaviisaat!;
    const forPanel = await getJson(`${API}/rauman-tarina/timeline?audience=${panel}`, pageOf(timelineItemSchema));
    assert.equal(forPanel.items.length, 3);
    assert.ok(forPanel.items.every((item) => item.audienceBodyIds.includes(panel)));
  });

  it('answers an unknown audience with a 422 problem naming the field', async () => {
    const response = await test.client().api('GET', `${API}/rauman-tarina/timeline?audience=nobody`);
    assert.equal(response.status, 422);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = response.json<{ errors: Array<{ field: string; message: string }> }>();
    assert.equal(problem.errors[0]?.field, 'audience');
    assert.equal(problem.errors[0]?.message, 'Valitse ryhmä tämän prosessin ryhmistä.');
  });

  it('pages long lists with limit and cursor, and refuses a cursor it did not give', async () => {
    const processId = await insertProcess(test.context.db, test.demo.organisationId!, { slug: 'pitka' });
    await insertProcessContent(test.context.db, test.demo.organisationId!, processId, 7);
    const first = await getJson(`${API}/pitka/phases?limit=5`, pageOf(phaseSchema));
    assert.equal(first.items.length, 5);
    assert.ok(first.nextCursor);
    const second = await getJson(`${API}/pitka/phases?limit=5&cursor=${first.nextCursor}`, pageOf(phaseSchema));
    assert.deepEqual(
      second.items.map((phase) => phase.title.fi),
      ['Vaihe 6', 'Vaihe 7'],
    );
    assert.equal(second.nextCursor, null);
    const bad = await test.client().api('GET', `${API}/pitka/phases?cursor=nonsense`);
    assert.equal(bad.status, 422);
    const tooMany = await test.client().api('GET', `${API}/pitka/phases?limit=100000`);
    assert.equal(tooMany.status, 422);
  });

  it('answers unknown and malformed slugs with a 404 problem, never a 500', async () => {
    const slugs = ['ei-ole', 'Iso-Kirjain', encodeURIComponent('<script>'), encodeURIComponent("' OR 1=1 --"), 'a'.repeat(100)];
    for (const slug of slugs) {
      for (const suffix of ['', '/phases', '/bodies', '/timeline']) {
        const response = await test.client().api('GET', `${API}/${slug}${suffix}`, undefined);
        assert.equal(response.status, 404, `${slug}${suffix}`);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
        assert.equal(response.json<{ type: string }>().type, 'urn:tarina:problem:not-found');
      }
    }
    // Fastify refuses path parameters over 100 characters before routing (414): a 4xx, never a 500.
    const tooLong = await test.client().api('GET', `${API}/${'a'.repeat(300)}`);
    assert.ok([404, 414].includes(tooLong.status), String(tooLong.status));
  });

  it('does not let a body of another process filter this timeline', async () => {
    const otherId = await insertProcess(test.context.db, test.demo.organisationId!, { slug: 'vieras' });
    const foreignBody = await insertBody(test.context.db, test.demo.organisationId!, otherId, { name: { fi: 'Vieras' } });
    const response = await test.client().api('GET', `${API}/rauman-tarina/timeline?audience=${foreignBody}`);
    assert.equal(response.status, 422);
  });

  it('documents every read route in the OpenAPI document with the slug limits', async () => {
    const document = (await test.client().get('/api/v1/openapi.json')).json<{
      paths: Record<string, Record<string, { parameters: Array<{ name: string; schema: { maxLength?: number; pattern?: string } }> }>>;
    }>();
    for (const path of [
      '/api/v1/processes',
      '/api/v1/processes/{slug}',
      '/api/v1/processes/{slug}/phases',
      '/api/v1/processes/{slug}/bodies',
      '/api/v1/processes/{slug}/timeline',
    ]) {
      assert.ok(document.paths[path]?.get, path);
    }
    const slug = document.paths['/api/v1/processes/{slug}']?.get?.parameters.find((parameter) => parameter.name === 'slug');
    assert.equal(slug?.schema.maxLength, 100);
    assert.equal(slug?.schema.pattern, '^[a-z0-9-]+$');
    const audience = document.paths['/api/v1/processes/{slug}/timeline']?.get?.parameters.find(
      (parameter) => parameter.name === 'audience',
    );
    assert.ok(audience);
  });
});
