import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { apiOk } from './test-fixtures.ts';

describe('the survey builder’s pages', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = test.demo.processSlug as string;
  });
  after(() => test.close());

  it('builds a survey through the admin pages without JavaScript, asking before removing an answered question', async () => {
    const list = await admin.get('/fi/admin/surveys');
    assert.equal(list.status, 200);
    assert.match(list.text, /Rauman tarina tänään/);
    assert.match((await admin.get('/fi/admin/surveys/new')).text, /Kun kuka tahansa saa vastata ilman kirjautumista/);
    const invalid = await admin.postForm('/fi/admin/surveys/new', {
      processSlug: slug,
      'title.fi': '',
      audience: 'anyone',
      status: 'draft',
    });
    assert.equal(invalid.status, 422);
    assert.match(invalid.text, /class="error-summary"/);
    const created = await admin.postForm('/fi/admin/surveys/new', {
      processSlug: slug,
      'title.fi': 'Lomakkeella tehty',
      'title.sv': 'Gjord med formulär',
      audience: 'anyone',
      status: 'published',
      opensAt: '2013-03-08T08:00',
    });
    assert.equal(created.status, 303);
    const surveyPath = created.location ?? '';
    const id = surveyPath.split('/').pop() as string;
    const page = await admin.get(surveyPath);
    assert.match(page.text, /Lomakkeella tehty/);
    assert.match(page.text, /value="2013-03-08T08:00"/, 'the local opening time is shown as it was given');
    const sectionId = /name="section" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const form = await admin.get(`${surveyPath}/questions/new?section=${sectionId}&type=single_choice`);
    assert.equal(form.status, 200);
    const added = await admin.postForm(`${surveyPath}/questions/new`, {
      sectionId,
      type: 'single_choice',
      'text.fi': 'Kumpi?',
      'text.en': 'Which one?',
      'choices.0.label.fi': 'Tämä',
      'choices.1.label.fi': 'Tuo',
      'choices.2.label.fi': '',
      required: 'yes',
    });
    assert.equal(added.status, 303, added.text.slice(0, 200));
    const definition = await apiOk<{ sections: Array<{ questions: Array<{ id: string; choices: Array<{ id: string }> }> }> }>(
      admin,
      'GET',
      `/api/v1/surveys/${id}`,
      undefined,
      200,
    );
    const question = definition.sections[0]?.questions[0];
    assert.equal(question?.choices.length, 2);
    await apiOk(
      test.client(),
      'POST',
      `/api/v1/surveys/${id}/responses`,
      { answers: { [question?.id ?? '']: { choiceIds: [question?.choices[0]?.id] } } },
      201,
    );
    const asked = await admin.postForm(`${surveyPath}/questions/${question?.id}/remove`, {});
    assert.equal(asked.status, 200);
    assert.match(asked.text, /Poistetaanko kysymys\?/);
    assert.match(asked.text, /name="confirm" value="yes"/);
    const removed = await admin.postForm(`${surveyPath}/questions/${question?.id}/remove`, { confirm: 'yes' });
    assert.equal(removed.status, 303);
    const retyping = await admin.get(`${surveyPath}/questions/${question?.id}`);
    assert.equal(retyping.status, 404, 'a removed question is no longer edited');
  });
});
