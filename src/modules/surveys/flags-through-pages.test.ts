import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { HTMLElement } from 'node-html-parser';
import { controlsOf, currentValues, postForms } from '../../platform/testing/html-forms.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createUser } from '../accounts/index.ts';

/** What a browser sends for a form as it stands, with some fields set and some boxes ticked (by name and value). */
function browserBody(form: HTMLElement, fields: Record<string, string>, ticked: Array<[string, string]>): string {
  const body = new URLSearchParams();
  for (const control of controlsOf(form)) {
    if (control.kind === 'checkbox') {
      const current = currentValues(form, control.name);
      for (const choice of control.choices) {
        if (current.includes(choice.value) || ticked.some(([name, value]) => name === control.name && value === choice.value)) {
          body.append(control.name, choice.value);
        }
      }
    } else
      for (const value of control.name in fields ? [fields[control.name] ?? ''] : currentValues(form, control.name))
        body.append(control.name, value);
  }
  return body.toString();
}

/** The first POST form of a page whose action ends with the given path. */
async function formOn(client: TestClient, path: string, action: RegExp): Promise<HTMLElement> {
  const page = await client.get(path);
  assert.equal(page.status, 200, `${path} answered ${page.status}`);
  const form = postForms(page.text).find((candidate) => action.test(candidate.getAttribute('action') ?? ''));
  assert.ok(form, `${path} has a form posting to ${action}`);
  return form;
}

async function post(client: TestClient, form: HTMLElement, body: string) {
  return client.request('POST', form.getAttribute('action') ?? '', {
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('the survey’s checkboxes, ticked on its pages as a browser posts them', () => {
  let test: TestApp;
  let admin: TestClient;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('make a survey anonymous with public results and a question required, and the anonymous export names nobody', async () => {
    const newForm = await formOn(admin, '/fi/admin/surveys/new', /\/admin\/surveys\/new$/);
    const created = await post(
      admin,
      newForm,
      browserBody(newForm, { 'title.fi': 'Nimetön kysely lomakkeelta', status: 'published', opensAt: '2013-03-01T08:00', phaseId: '' }, [
        ['anonymous[]', 'yes'],
        ['resultsPublic[]', 'yes'],
      ]),
    );
    assert.equal(created.status, 303, created.text.slice(0, 300));
    const surveyPath = created.location ?? '';
    const id = surveyPath.split('/').pop() ?? '';
    const settings = await formOn(admin, surveyPath, new RegExp(`/admin/surveys/${id}$`));
    assert.deepEqual(currentValues(settings, 'anonymous[]'), ['yes'], 'the survey is shown anonymous again');
    assert.deepEqual(currentValues(settings, 'resultsPublic[]'), ['yes'], 'its results are shown public again');
    const stored = await test.context.db
      .selectFrom('surveys')
      .select(['anonymous', 'results_public'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual({ ...stored }, { anonymous: 1, results_public: 1 });

    const page = await admin.get(surveyPath);
    const sectionId = /name="section" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const questionForm = await formOn(admin, `${surveyPath}/questions/new?section=${sectionId}&type=short_text`, /\/questions\/new$/);
    const requiredBox = controlsOf(questionForm).find((control) => control.kind === 'checkbox' && control.name.startsWith('required'));
    assert.ok(requiredBox, 'the question form has a "required" checkbox');
    const added = await post(
      admin,
      questionForm,
      browserBody(questionForm, { type: 'short_text', 'text.fi': 'Mitä Raumalla pitäisi tehdä?' }, [
        [requiredBox.name, requiredBox.choices[0]?.value ?? ''],
      ]),
    );
    assert.equal(added.status, 303, added.text.slice(0, 300));
    const question = await test.context.db
      .selectFrom('survey_questions')
      .select(['id', 'required'])
      .where('survey_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(question.required, 1, 'the question is required');
    const editForm = await formOn(admin, `${surveyPath}/questions/${question.id}`, new RegExp(`/questions/${question.id}$`));
    assert.deepEqual(currentValues(editForm, requiredBox.name), [requiredBox.choices[0]?.value], 'it is shown required again');

    const person = { email: 'nimeton.vastaaja@example.fi', password: 'vastaajan-salasana' };
    await createUser(test.context.db, test.demo.organisationId ?? '', { ...person, displayName: 'Vastaaja', locale: 'fi' }, new Date());
    const resident = test.client();
    await resident.signIn(person.email, person.password);
    const missing = await resident.api('POST', `/api/v1/surveys/${id}/responses`, { answers: {} });
    assert.equal(missing.status, 422, 'the required question must be answered');
    const answered = await resident.api('POST', `/api/v1/surveys/${id}/responses`, {
      answers: { [question.id]: { text: 'Lisää penkkejä torille' } },
    });
    assert.equal(answered.status, 201, answered.text);

    const exported = await admin.get(`/api/v1/surveys/${id}/export?format=csv&variant=full`);
    assert.equal(exported.status, 200);
    assert.match(exported.text, /Lisää penkkejä torille/);
    assert.doesNotMatch(exported.text, /nimeton\.vastaaja@example\.fi|user_email/, 'an anonymous survey’s export names nobody');
    const results = await test.client().get(`/fi/processes/${test.demo.processSlug}/surveys/${id}/results`);
    assert.equal(results.status, 200, 'anyone may read the public results');
  });

  it('retypes an answered question once its confirmation box is ticked as a browser posts it', async () => {
    const question = await test.context.db
      .selectFrom('survey_questions')
      .innerJoin('survey_answers', 'survey_answers.question_id', 'survey_questions.id')
      .select(['survey_questions.id', 'survey_questions.survey_id'])
      .where('survey_questions.type', '=', 'single_choice')
      .where('survey_questions.removed_at', 'is', null)
      .where('survey_questions.background', 'is', null)
      .executeTakeFirstOrThrow();
    const path = `/fi/admin/surveys/${question.survey_id}/questions/${question.id}`;
    const form = await formOn(admin, path, new RegExp(`/questions/${question.id}$`));
    const asked = await post(admin, form, browserBody(form, { type: 'long_text' }, []));
    assert.equal(asked.status, 409, 'an answered question asks before it is retyped');
    const confirmForm = postForms(asked.text).find((candidate) => (candidate.getAttribute('action') ?? '').endsWith(question.id));
    assert.ok(confirmForm, 'the question form comes back with the confirmation');
    const box = controlsOf(confirmForm).find((control) => control.kind === 'checkbox' && control.name.startsWith('confirm'));
    assert.ok(box, 'a confirmation checkbox');
    const saved = await post(
      admin,
      confirmForm,
      browserBody(confirmForm, { type: 'long_text' }, [[box.name, box.choices[0]?.value ?? '']]),
    );
    assert.equal(saved.status, 303, saved.text.slice(0, 300));
    // A retyped question is a new one; the old one is archived with its answers.
    const rows = await test.context.db
      .selectFrom('survey_questions')
      .select(['id', 'type', 'removed_at', 'text'])
      .where('survey_id', '=', question.survey_id)
      .execute();
    const old = rows.find((row) => row.id === question.id);
    assert.ok(old?.removed_at, 'the answered question is archived');
    assert.ok(
      rows.some((row) => row.type === 'long_text' && row.removed_at === null && row.text === old.text),
      'a long-text question with the same text takes its place',
    );
  });
});
