import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestPerson } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createLead, createRoundByApi, unitOf } from './test-support/world.ts';

describe('publishing: a record’s visibility and the fewer-than-five rule on the published results', () => {
  let test: TestApp;
  let admin: TestClient;
  let roundId: string;
  let results: string;
  const leads: Record<string, TestPerson> = {};
  const submit = (key: string, body: Record<string, unknown>) =>
    leads[key]!.client.api('PUT', `/api/v1/dialogue-rounds/${roundId}/communities/${unitOf(test, key)}/record`, {
      heldOn: '2026-05-20',
      answers: [`Vastaus ${key}`, 'B', 'C'],
      commitments: [{ what: `Sitoumus ${key}`, whoRole: 'tiimi' }],
      submit: true,
      ...body,
    });

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    for (const key of ['health-services', 'social-services', 'elderly-care']) {
      leads[key] = await createLead(test, admin, `publish-${key}`, unitOf(test, key));
    }
    roundId = await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')] });
    const process = await test.context.db
      .selectFrom('processes')
      .select('slug')
      .where('id', '=', test.demo.processId as string)
      .executeTakeFirstOrThrow();
    results = `/fi/processes/${process.slug}/dialogues/${roundId}`;
  });
  after(() => test.close());

  it('a record is the unit’s until its lead makes it public; the form keeps the choice', async () => {
    const saved = await submit('health-services', { participants: 12 });
    assert.equal(saved.status, 200, saved.text);
    assert.equal(saved.json<{ visibility: string }>().visibility, 'unit');
    const page = await leads['health-services']!.client.get(`/fi/dialogues/${roundId}/communities/${unitOf(test, 'health-services')}`);
    assert.match(page.text, /<option value="unit" selected>Vain yksikkö<\/option>/);
    const published = await submit('health-services', { participants: 12, visibility: 'public' });
    assert.equal(published.json<{ visibility: string }>().visibility, 'public');
    const again = await leads['health-services']!.client.get(`/fi/dialogues/${roundId}/communities/${unitOf(test, 'health-services')}`);
    assert.match(again.text, /<option value="public" selected>/);
    const refused = await submit('health-services', { participants: 12, visibility: 'everyone' });
    assert.equal(refused.status, 422, refused.text);
  });

  it('the public results count every held dialogue but show only public ones of five or more', async () => {
    assert.equal((await submit('social-services', { participants: 4, visibility: 'public' })).status, 200);
    assert.equal((await submit('elderly-care', { participants: 30 })).status, 200);
    const page = await test.client().get(results);
    assert.equal(page.status, 200);
    assert.match(page.text, /3 \/ 3 työyhteisöä on käynyt dialoginsa, ja ne tekivät 3 sitoumusta\./);
    assert.match(page.text, /Osallistujia oli yhteensä 46\./);
    // Public and twelve took part: shown with its figures, answers and commitments.
    assert.match(page.text, /Terveyspalvelut/);
    assert.match(page.text, /12 osallistujaa/);
    assert.match(page.text, /Vastaus health-services/);
    assert.match(page.text, /Sitoumus health-services/);
    // Public but four took part: nothing of it is shown.
    assert.doesNotMatch(page.text, /Vastaus social-services|Sitoumus social-services|4 osallistujaa/);
    // Kept to the unit: nothing of it is shown.
    assert.doesNotMatch(page.text, /Vastaus elderly-care|Sitoumus elderly-care|30 osallistujaa/);
  });

  it('api: the process’s rounds with coverage counts and only the published records', async () => {
    const slug = results.split('/')[3];
    const response = await test.client().get(`/api/v1/processes/${slug}/dialogues`);
    assert.equal(response.status, 200, response.text);
    type Rounds = {
      rounds: Array<{
        id: string;
        coverage: Record<string, number | null>;
        published: Array<{ workCommunityId: string; participants: number; answers: string[]; commitments: Array<{ status: string }> }>;
      }>;
    };
    const round = response.json<Rounds>().rounds.find((candidate) => candidate.id === roundId);
    assert.ok(round, 'the test round is listed');
    assert.deepEqual(round.coverage, {
      communities: 3,
      held: 3,
      underWay: 0,
      notStarted: 0,
      overdue: 0,
      participants: 46,
      commitments: 3,
    });
    assert.deepEqual(
      round.published.map((record) => [record.workCommunityId, record.participants, record.answers[0], record.commitments[0]?.status]),
      [[unitOf(test, 'health-services'), 12, 'Vastaus health-services', 'planned']],
    );
    assert.equal((await test.client().get('/api/v1/processes/no-such-process/dialogues')).status, 404);
  });

  it('a round of another process, or an unknown one, answers 404', async () => {
    assert.equal((await test.client().get(results.replace(roundId, 'no-such-round'))).status, 404);
    assert.equal((await test.client().get(results.replace(/processes\/[^/]+/, 'processes/no-such-process'))).status, 404);
  });
});
