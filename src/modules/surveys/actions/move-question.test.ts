import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey } from '../test-fixtures.ts';

describe('moving a question on the builder page', () => {
  let test: TestApp;
  let admin: TestClient;
  let survey: FixtureSurvey;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
  });
  after(() => test.close());

  async function firstSectionOrder(): Promise<string[]> {
    const definition = await apiOk<{ sections: Array<{ questions: Array<{ id: string }> }> }>(
      admin,
      'GET',
      `/api/v1/surveys/${survey.id}`,
      undefined,
      200,
    );
    return definition.sections[0]?.questions.map((question) => question.id) ?? [];
  }

  it('swaps a question with its neighbour up or down, back to the survey page; nobody else moves it', async () => {
    const before = await firstSectionOrder();
    const [first, second] = before;
    const path = `/fi/admin/surveys/${survey.id}/questions/${second}/move`;
    const up = await admin.postForm(path, { direction: 'up' });
    assert.equal(up.status, 303);
    assert.equal(up.location, `/fi/admin/surveys/${survey.id}`);
    assert.deepEqual((await firstSectionOrder()).slice(0, 2), [second, first]);
    assert.equal((await admin.postForm(path, { direction: 'down' })).status, 303);
    assert.deepEqual(await firstSectionOrder(), before);

    const visitor = await test.client().postForm(path, { direction: 'up' });
    assert.notEqual(visitor.status, 303);
    assert.equal((await admin.postForm(`/fi/admin/surveys/${survey.id}/questions/no-such-question/move`, { direction: 'up' })).status, 404);
    assert.deepEqual(await firstSectionOrder(), before);
  });
});
