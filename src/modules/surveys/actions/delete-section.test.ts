import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey } from '../test-fixtures.ts';

describe('deleting a section, on the builder page and through the API', () => {
  let test: TestApp;
  let admin: TestClient;
  let survey: FixtureSurvey;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
  });
  after(() => test.close());

  it('refuses a section with questions alike on both surfaces (409), and deletes an empty one with the flash on the page', async () => {
    const [withQuestions] = survey.sections;
    const api = await admin.api('DELETE', `/api/v1/surveys/${survey.id}/sections/${withQuestions}`);
    assert.equal(api.status, 409);
    assert.match(api.text, /Osiossa on kysymyksiä/);
    const page = await admin.postForm(`/fi/admin/surveys/${survey.id}/sections/${withQuestions}/delete`, {});
    assert.equal(page.status, 409);
    assert.match(page.text, /Osiossa on kysymyksiä/);

    const empty = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/surveys/${survey.id}/sections`, { title: { fi: 'Tyhjä' } }, 201);
    const deleted = await admin.postForm(`/fi/admin/surveys/${survey.id}/sections/${empty.id}/delete`, {});
    assert.equal(deleted.status, 303);
    assert.equal(deleted.location, `/fi/admin/surveys/${survey.id}`);
    assert.match((await admin.get(deleted.location ?? '')).text, /Osio poistettiin/);
    const another = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/surveys/${survey.id}/sections`, { title: { fi: 'Toinen' } }, 201);
    await apiOk(admin, 'DELETE', `/api/v1/surveys/${survey.id}/sections/${another.id}`, undefined, 204);
    const left = await apiOk<{ sections: Array<{ id: string }> }>(admin, 'GET', `/api/v1/surveys/${survey.id}`, undefined, 200);
    assert.deepEqual(
      left.sections.map((section) => section.id),
      survey.sections,
    );
  });

  it('answers a visitor 401 and an unknown section 404 on the API, and sends nobody past the builder’s permission', async () => {
    const visitor = test.client();
    assert.equal((await visitor.api('DELETE', `/api/v1/surveys/${survey.id}/sections/${survey.sections[1]}`)).status, 401);
    assert.equal((await admin.api('DELETE', `/api/v1/surveys/${survey.id}/sections/no-such-section`)).status, 404);
    const page = await visitor.postForm(`/fi/admin/surveys/${survey.id}/sections/${survey.sections[1]}/delete`, {});
    assert.notEqual(page.status, 303);
    assert.equal((await apiOk<{ sections: unknown[] }>(admin, 'GET', `/api/v1/surveys/${survey.id}`, undefined, 200)).sections.length, 2);
  });
});
