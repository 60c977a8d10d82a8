import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { apiOk } from './test-fixtures.ts';

interface Results {
  total: number;
  answered: Record<string, number>;
  choiceCounts: Record<string, Record<string, number>>;
  overTime: Array<{ day: string; count: number }>;
  crossTab: Record<string, Record<string, Record<string, number>>> | null;
}

interface Definition {
  sections: Array<{
    questions: Array<{ id: string; code: string; type: string; background: string | null; choices: Array<{ id: string }> }>;
  }>;
}

describe('survey results', () => {
  let test: TestApp;
  let today: string;
  let future: string;
  let slug: string;
  let questions: Definition['sections'][number]['questions'];

  before(async () => {
    // No scheduled jobs: their polling would be counted among the page's statements.
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    const ids = test.demo.surveyIds as Record<string, string>;
    today = ids.today as string;
    future = ids.future as string;
    slug = test.demo.processSlug as string;
    const definition = await apiOk<Definition>(test.client(), 'GET', `/api/v1/surveys/${today}`, undefined, 200);
    questions = definition.sections.flatMap((section) => section.questions);
  });
  after(() => test.close());

  const byCode = (code: string) => questions.find((question) => question.code === code) as (typeof questions)[number];

  it('publishes the results of “Rauma’s story today” to everyone, and keeps the other survey’s to its managers and analysts', async () => {
    const results = await apiOk<Results>(test.client(), 'GET', `/api/v1/surveys/${today}/results`, undefined, 200);
    assert.equal(results.total, 240);
    assert.equal(
      results.overTime.reduce((sum, day) => sum + day.count, 0),
      240,
    );
    assert.ok(results.overTime.every((day) => day.day >= '2013-03-08' && day.day <= '2013-04-18'));
    assert.equal((await test.client().get(`/api/v1/surveys/${future}/results`)).status, 401);
    assert.equal((await test.client().get(`/fi/processes/${slug}/surveys/${future}/results`)).status, 303);
    const analyst = test.client();
    await analyst.signIn('analyst@demo.tarina.invalid', DEMO_ADMIN.password);
    const futureResults = await apiOk<Results>(analyst, 'GET', `/api/v1/surveys/${future}/results`, undefined, 200);
    assert.equal(futureResults.total, 90);
  });

  it('draws each question as an SVG chart with a title and a table of the same numbers, and lists free texts', async () => {
    const page = await test.client().get(`/en/processes/${slug}/surveys/${today}/results`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<svg class="chart" role="img" aria-labelledby="chart-q1-title"/);
    assert.match(page.text, /<title id="chart-q1-title">What do you value most in Rauma\?: \d+ respondents<\/title>/);
    const results = await apiOk<Results>(test.client(), 'GET', `/api/v1/surveys/${today}/results`, undefined, 200);
    const values = byCode('q1');
    const oldTown = results.choiceCounts[values.id]?.[values.choices[0]?.id ?? ''] ?? 0;
    assert.ok(oldTown > 0);
    assert.match(page.text, new RegExp(`<th scope="row">Old Rauma and its wooden houses</th><td class="text-right">${oldTown}</td>`));
    assert.match(page.text, /<blockquote>/);
    assert.match(page.text, /Responses per day/);
    const story = byCode('q2');
    const texts = await test.client().get(`/fi/processes/${slug}/surveys/${today}/results/questions/${story.id}?page=2`);
    assert.equal(texts.status, 200);
    assert.match(texts.text, /sivu 2\//);
    assert.equal((await test.client().get(`/fi/processes/${slug}/surveys/${today}/results/questions/${story.id}?page=0`)).status, 422);
  });

  it('filters and cross-tabulates by a background question, and refuses a filter that is not one', async () => {
    const age = questions.find((question) => question.background === 'age_band') as (typeof questions)[number];
    const values = byCode('q1');
    const all = await apiOk<Results>(test.client(), 'GET', `/api/v1/surveys/${today}/results?by=${age.id}`, undefined, 200);
    const young = age.choices[1]?.id as string;
    const filtered = await apiOk<Results>(
      test.client(),
      'GET',
      `/api/v1/surveys/${today}/results?filter=${age.id}:${young}`,
      undefined,
      200,
    );
    assert.equal(filtered.total, all.choiceCounts[age.id]?.[young]);
    assert.ok(filtered.total > 0 && filtered.total < all.total);
    for (const choice of values.choices) {
      const row = all.crossTab?.[values.id]?.[choice.id] ?? {};
      assert.equal(
        Object.values(row).reduce((sum, count) => sum + count, 0),
        all.choiceCounts[values.id]?.[choice.id] ?? 0,
        'every respondent answered the age band, so each row of the cross-tab adds up to the choice’s count',
      );
      assert.equal(row[young] ?? 0, filtered.choiceCounts[values.id]?.[choice.id] ?? 0);
    }
    const page = await test.client().get(`/fi/processes/${slug}/surveys/${today}/results?filter=${age.id}:${young}&by=${age.id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<caption>Mitä arvostat eniten Raumassa\? ryhmittäin: Ikäryhmäsi<\/caption>/);
    assert.equal((await test.client().get(`/api/v1/surveys/${today}/results?filter=${values.id}:${values.choices[0]?.id}`)).status, 422);
    assert.equal((await test.client().get(`/api/v1/surveys/${today}/results?by=nonsense`)).status, 422);
  });

  it('renders the results page with the same number of queries whatever the number of responses', async () => {
    const path = `/fi/processes/${slug}/surveys/${today}/results`;
    await test.client().get(path);
    test.queries.reset();
    await test.client().get(path);
    const before = test.queries.count;
    await test.context.db.updateTable('surveys').set({ closes_at: null }).where('id', '=', today).execute();
    const recommend = byCode('q4');
    const livability = byCode('q3');
    for (let index = 0; index < 30; index += 1) {
      const answers = {
        [byCode('q1').id]: { choiceIds: [byCode('q1').choices[1]?.id] },
        [livability.id]: { number: 3 },
        [recommend.id]: { choiceIds: [recommend.choices[0]?.id] },
      };
      await apiOk(test.client(), 'POST', `/api/v1/surveys/${today}/responses`, { answers }, 201);
    }
    test.queries.reset();
    const page = await test.client().get(path);
    assert.match(page.text, /270 vastausta/);
    assert.equal(test.queries.count, before);
  });

  it('answers export requests by right: open data for everyone once published, everything only to managers and analysts', async () => {
    const visitor: TestClient = test.client();
    assert.equal((await visitor.get(`/api/v1/surveys/${today}/export?format=csv`)).status, 401);
    const open = await visitor.get(`/api/v1/surveys/${today}/export?format=csv&variant=open`);
    assert.equal(open.status, 200);
    const header = open.text.replace(/^\uFEFF/, '').split('\n')[0] ?? '';
    assert.match(header, /^row,submitted_on,language,q1,q1_c1,/);
    assert.doesNotMatch(open.text, /response_id|user_email|T\d\d:\d\d/);
    assert.equal((await visitor.get(`/api/v1/surveys/${future}/export?format=csv&variant=open`)).status, 401);
    assert.equal((await visitor.get(`/api/v1/surveys/${today}/export?format=pdf`)).status, 422);
  });

  it('counts each respondent once per answered question, also where an answer has a row per picked or ranked choice', async () => {
    const results = await apiOk<Results>(test.client(), 'GET', `/api/v1/surveys/${today}/results`, undefined, 200);
    const rows = await test.context.db
      .selectFrom('survey_answers')
      .select([
        'question_id',
        (eb) => eb.fn.countAll<number>().as('rows'),
        (eb) => eb.fn.count<number>('response_id').distinct().as('respondents'),
      ])
      .where('survey_id', '=', today)
      .groupBy('question_id')
      .execute();
    assert.ok(
      rows.some((row) => Number(row.rows) > Number(row.respondents)),
      'the demo has a question answered with several rows per response',
    );
    for (const row of rows) assert.equal(results.answered[row.question_id], Number(row.respondents), `question ${row.question_id}`);
    assert.equal(Object.keys(results.answered).length, rows.length);
  });
});
