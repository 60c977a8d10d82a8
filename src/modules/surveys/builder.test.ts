import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { newId } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey } from './test-fixtures.ts';

describe('building surveys', () => {
  let test: TestApp;
  let admin: TestClient;
  let survey: FixtureSurvey;
  let slug: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
    slug = test.demo.processSlug as string;
  });
  after(() => test.close());

  async function signedIn(email: string): Promise<TestClient> {
    const client = test.client();
    await client.signIn(email, DEMO_ADMIN.password);
    return client;
  }

  it('builds a survey of every question type through the API, in fi, sv and en', async () => {
    const definition = await apiOk<{ sections: Array<{ questions: Array<{ type: string; code: string; text: { sv?: string } }> }> }>(
      admin,
      'GET',
      `/api/v1/surveys/${survey.id}`,
      undefined,
      200,
    );
    const questions = definition.sections.flatMap((section) => section.questions);
    assert.deepEqual(
      new Set(questions.map((question) => question.type)),
      new Set(['single_choice', 'multiple_choice', 'long_text', 'short_text', 'scale', 'ranking', 'number', 'date']),
    );
    assert.deepEqual(
      questions.map((question) => question.code),
      ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'],
    );
    assert.equal(questions[0]?.text.sv, 'Bostadsområde');
    const list = await apiOk<{ items: Array<{ id: string }> }>(test.client(), 'GET', `/api/v1/processes/${slug}/surveys`, undefined, 200);
    assert.ok(list.items.some((item) => item.id === survey.id));
    const openApi = await apiOk<{ paths: Record<string, Record<string, unknown>> }>(
      test.client(),
      'GET',
      '/api/v1/openapi.json',
      undefined,
      200,
    );
    for (const path of [
      '/api/v1/surveys/{id}/responses',
      '/api/v1/surveys/{id}/results',
      '/api/v1/surveys/{id}/export',
      '/api/v1/surveys/{id}/questions/{questionId}',
    ]) {
      assert.ok(openApi.paths[path], `${path} is documented`);
    }
    const page = await test.client().get(`/sv/processes/${slug}/surveys`);
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`href="/sv/processes/${slug}/surveys/${survey.id}">Testenkät</a>`));
    assert.match(page.text, /Raumos berättelse i dag/);
  });

  it('refuses invalid questions and conditions with field errors', async () => {
    const bad = [
      [{ sectionId: survey.sections[0], type: 'single_choice', text: { fi: 'Yksi' }, choices: [{ label: { fi: 'Ainoa' } }] }, 'choices'],
      [
        {
          sectionId: survey.sections[0],
          type: 'multiple_choice',
          text: { fi: 'Monta' },
          choices: [{ label: { fi: 'A' } }, { label: { fi: 'B' } }],
          minPicks: 3,
          maxPicks: 1,
        },
        'maxPicks',
      ],
      [{ sectionId: survey.sections[0], type: 'short_text', text: { fi: '' } }, 'text.fi'],
      [{ sectionId: survey.sections[0], type: 'essay', text: { fi: 'Tuntematon tyyppi' } }, 'type'],
      [{ sectionId: 'no-such-section', type: 'short_text', text: { fi: 'Minne?' } }, 'sectionId'],
      [{ sectionId: survey.sections[0], type: 'short_text', text: { fi: 'x'.repeat(501) } }, 'text.fi'],
      [
        {
          sectionId: survey.sections[0],
          type: 'short_text',
          text: { fi: 'Ehto myöhempään' },
          conditionQuestionId: survey.questions.scale.id,
          conditionChoiceIds: ['x'],
        },
        'conditionQuestionId',
      ],
      [
        {
          sectionId: survey.sections[1],
          type: 'short_text',
          text: { fi: 'Väärä vaihtoehto' },
          conditionQuestionId: survey.questions.area.id,
          conditionChoiceIds: [survey.questions.values.choices[0]],
        },
        'conditionChoiceIds',
      ],
    ] as const;
    for (const [body, fieldName] of bad) {
      const response = await admin.api('POST', `/api/v1/surveys/${survey.id}/questions`, body);
      assert.equal(response.status, 422, `${fieldName}: ${response.text}`);
      const problem = response.json<{ errors: Array<{ field: string }> }>();
      assert.ok(
        problem.errors.some((error) => error.field === fieldName),
        `${fieldName}: ${response.text}`,
      );
    }
  });

  it('keeps answered data: new questions optional only, retyping or removing needs confirmation and archives', async () => {
    const target = await createFixtureSurvey(test, admin);
    const q = target.questions;
    const answer = {
      answers: {
        [q.area.id]: { choiceIds: [q.area.choices[0]] },
        [q.values.id]: { choiceIds: [q.values.choices[2]] },
        [q.scale.id]: { number: 5 },
        [q.idea.id]: { text: 'Lukko' },
      },
    };
    await apiOk(test.client(), 'POST', `/api/v1/surveys/${target.id}/responses`, answer, 201);

    const required = await admin.api('POST', `/api/v1/surveys/${target.id}/questions`, {
      sectionId: target.sections[1],
      type: 'short_text',
      text: { fi: 'Uusi pakollinen' },
      required: true,
    });
    assert.equal(required.status, 422);
    assert.match(required.text, /voi olla vain vapaaehtoinen/);
    await apiOk(
      admin,
      'POST',
      `/api/v1/surveys/${target.id}/questions`,
      { sectionId: target.sections[1], type: 'short_text', text: { fi: 'Uusi vapaaehtoinen' } },
      201,
    );

    const typo = { sectionId: target.sections[0], type: 'short_text', text: { fi: 'Yksi sana Raumasta (korjattu)' }, maxLength: 40 };
    await apiOk(admin, 'PUT', `/api/v1/surveys/${target.id}/questions/${q.idea.id}`, typo, 200);
    const retype = { ...typo, type: 'long_text' };
    const unconfirmed = await admin.api('PUT', `/api/v1/surveys/${target.id}/questions/${q.idea.id}`, retype);
    assert.equal(unconfirmed.status, 409);
    assert.match(unconfirmed.text, /confirm-required/);
    const retyped = await apiOk<{ id: string }>(
      admin,
      'PUT',
      `/api/v1/surveys/${target.id}/questions/${q.idea.id}`,
      { ...retype, confirm: true },
      200,
    );
    assert.notEqual(retyped.id, q.idea.id, 'a retyped answered question becomes a new question');

    const choices = [0, 1, 3].map((index) => ({ id: q.values.choices[index], label: { fi: `Vaihtoehto ${index}` } }));
    const dropAnswered = {
      sectionId: target.sections[0],
      type: 'multiple_choice',
      text: { fi: 'Mitä arvostat?' },
      choices,
      allowOther: true,
    };
    assert.equal((await admin.api('PUT', `/api/v1/surveys/${target.id}/questions/${q.values.id}`, dropAnswered)).status, 409);
    await apiOk(admin, 'PUT', `/api/v1/surveys/${target.id}/questions/${q.values.id}`, { ...dropAnswered, confirm: true }, 200);

    assert.equal((await admin.api('DELETE', `/api/v1/surveys/${target.id}/questions/${q.scale.id}`)).status, 409);
    await apiOk(admin, 'DELETE', `/api/v1/surveys/${target.id}/questions/${q.scale.id}?confirm=true`, undefined, 204);
    await apiOk(admin, 'DELETE', `/api/v1/surveys/${target.id}/questions/${q.age.id}`, undefined, 204);

    const definition = await apiOk<{ sections: Array<{ questions: Array<{ id: string }> }> }>(
      admin,
      'GET',
      `/api/v1/surveys/${target.id}`,
      undefined,
      200,
    );
    const active = definition.sections.flatMap((section) => section.questions.map((question) => question.id));
    assert.ok(!active.includes(q.scale.id) && !active.includes(q.idea.id) && !active.includes(q.age.id));
    const csv = await admin.get(`/api/v1/surveys/${target.id}/export?format=csv`);
    const [header = '', row = ''] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const cells = Object.fromEntries(header.split(',').map((name, index) => [name, row.split(',')[index]]));
    assert.equal(cells.q5, '5', 'the removed scale question keeps its answer');
    assert.equal(cells.q4, 'Lukko', 'the retyped question keeps its old answer under its old code');
    assert.equal(cells.q2_c3, '1', 'the removed choice keeps its answer');
    assert.ok(!('q7' in cells), 'an unanswered removed question is deleted');
    const results = await apiOk<{ valueCounts: Record<string, unknown> }>(
      admin,
      'GET',
      `/api/v1/surveys/${target.id}/results`,
      undefined,
      200,
    );
    assert.ok(results.valueCounts[q.scale.id]);
    const locked = await admin.api('PUT', `/api/v1/surveys/${target.id}`, {
      title: { fi: 'Testikysely' },
      status: 'published',
      anonymous: false,
    });
    assert.equal(locked.status, 422, 'anonymity promised to respondents cannot be withdrawn');
  });

  it('lets only managers build: 401 for visitors, 403 for residents and analysts, 404 for unknown ids', async () => {
    const body = { title: { fi: 'Ei saa' } };
    assert.equal((await test.client().api('POST', `/api/v1/processes/${slug}/surveys`, body)).status, 401);
    const resident = await signedIn('resident@demo.tarina.invalid');
    assert.equal((await resident.api('POST', `/api/v1/processes/${slug}/surveys`, body)).status, 403);
    const analyst = await signedIn('analyst@demo.tarina.invalid');
    assert.equal((await analyst.api('PUT', `/api/v1/surveys/${survey.id}`, body)).status, 403);
    assert.equal((await analyst.get('/fi/admin/surveys')).status, 403);
    const manager = await signedIn('manager@demo.tarina.invalid');
    assert.equal((await manager.api('POST', `/api/v1/surveys/${survey.id}/sections`, { title: { fi: 'Johtajan osio' } })).status, 201);
    assert.equal((await admin.api('PUT', `/api/v1/surveys/${newId()}`, body)).status, 404);
    assert.equal((await admin.api('POST', '/api/v1/processes/no-such/surveys', body)).status, 404);
    assert.equal((await admin.api('DELETE', `/api/v1/surveys/${survey.id}/questions/${newId()}`)).status, 404);
  });
});
