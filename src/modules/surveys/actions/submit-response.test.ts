import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey, firstSectionFields } from '../test-fixtures.ts';

describe('submitting a response, on the page and through the API', () => {
  let test: TestApp;
  let survey: FixtureSurvey;
  let base: string;
  let url: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    survey = await createFixtureSurvey(test, await test.adminClient());
    base = `/fi/processes/${test.demo.processSlug as string}/surveys/${survey.id}`;
    url = `/api/v1/surveys/${survey.id}/responses`;
  });
  after(() => test.close());

  it('checks a browser’s second response through the API before its answers, as the page does: refused, or a retry answered with the stored one', async () => {
    const q = survey.questions;
    const client = test.client();
    const body = { answers: { [q.area.id]: { choiceIds: [q.area.choices[0]] }, [q.scale.id]: { number: 4 } }, idempotencyKey: 'drift-1' };
    const first = await apiOk<{ id: string; replayed: boolean }>(client, 'POST', url, body, 201);
    assert.equal(first.replayed, false);
    // Answers that would not pass (required questions left empty) are never read once this browser has answered.
    const unread = await client.api('POST', url, { answers: {}, idempotencyKey: 'drift-2' });
    assert.equal(unread.status, 409, unread.text);
    assert.match(unread.text, /jo vastattu/);
    const retry = await apiOk<{ id: string; replayed: boolean }>(client, 'POST', url, { answers: {}, idempotencyKey: 'drift-1' }, 201);
    assert.equal(retry.id, first.id, 'a retry of the stored submission is answered with it');
    assert.equal(retry.replayed, true);
    const onPage = await client.postForm(`${base}/sections/1`, firstSectionFields(survey));
    assert.equal(onPage.status, 409, 'the page refuses the same browser likewise');
    assert.match(onPage.text, /jo vastattu/);
    const stored = await test.context.db
      .selectFrom('survey_responses')
      .select('id')
      .where('idempotency_key', 'in', ['drift-1', 'drift-2'])
      .execute();
    assert.equal(stored.length, 1);
  });
});
