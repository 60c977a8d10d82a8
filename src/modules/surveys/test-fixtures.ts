import assert from 'node:assert/strict';
import type { TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';

/** Ids of the survey the tests build: one question of every type, a condition and a background question. */
export interface FixtureSurvey {
  id: string;
  sections: [string, string];
  questions: Record<
    'area' | 'values' | 'why' | 'idea' | 'scale' | 'ranking' | 'age' | 'visited' | 'followUp',
    { id: string; choices: string[] }
  >;
}

/** Calls the API and insists on the status (the body is shown when it differs). */
export async function apiOk<T>(client: TestClient, method: string, path: string, body: unknown, status: number): Promise<T> {
  const response = await client.api(method, path, body);
  assert.equal(response.status, status, `${method} ${path}: ${response.text}`);
  return (response.text ? response.json() : undefined) as T;
}

const questionBodies = (sections: [string, string]) => ({
  area: {
    sectionId: sections[0],
    type: 'single_choice',
    text: { fi: 'Asuinalue', sv: 'Bostadsområde', en: 'Home area' },
    required: true,
    background: 'home_area',
    choices: [{ label: { fi: 'Keskusta' } }, { label: { fi: 'Uotila' } }, { label: { fi: 'Lappi' } }],
  },
  values: {
    sectionId: sections[0],
    type: 'multiple_choice',
    text: { fi: 'Mitä arvostat Raumassa?', en: 'What do you value in Rauma?' },
    choices: [{ label: { fi: 'Vanha Rauma' } }, { label: { fi: 'Meri' } }, { label: { fi: 'Pitsi' } }, { label: { fi: 'Palvelut' } }],
    allowOther: true,
    minPicks: 1,
    maxPicks: 3,
  },
  why: { sectionId: sections[0], type: 'long_text', text: { fi: 'Miksi?' } },
  idea: { sectionId: sections[0], type: 'short_text', text: { fi: 'Yksi sana Raumasta' }, maxLength: 40 },
  scale: {
    sectionId: sections[1],
    type: 'scale',
    text: { fi: 'Kuinka viihdyt Raumalla?' },
    required: true,
    scaleMin: 1,
    scaleMax: 5,
    minLabel: { fi: 'Huonosti' },
    maxLabel: { fi: 'Hyvin' },
  },
  ranking: {
    sectionId: sections[1],
    type: 'ranking',
    text: { fi: 'Järjestä tärkeysjärjestykseen' },
    choices: [{ label: { fi: 'Työ' } }, { label: { fi: 'Koulu' } }, { label: { fi: 'Luonto' } }],
  },
  age: { sectionId: sections[1], type: 'number', text: { fi: 'Ikä' }, numberMin: 0, numberMax: 120, integer: true },
  visited: { sectionId: sections[1], type: 'date', text: { fi: 'Milloin kävit viimeksi Vanhassa Raumassa?' } },
});

/** Builds the fixture survey through the builder API as `admin`, in the demo process, published and open. */
export async function createFixtureSurvey(
  test: TestApp,
  admin: TestClient,
  settings: Record<string, unknown> = {},
): Promise<FixtureSurvey> {
  const slug = test.demo.processSlug as string;
  const { id } = await apiOk<{ id: string }>(
    admin,
    'POST',
    `/api/v1/processes/${slug}/surveys`,
    { title: { fi: 'Testikysely', sv: 'Testenkät', en: 'Test survey' }, status: 'published', anonymous: true, ...settings },
    201,
  );
  const first = await apiOk<{ sections: Array<{ id: string }> }>(admin, 'GET', `/api/v1/surveys/${id}`, undefined, 200);
  const second = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/surveys/${id}/sections`, { title: { fi: 'Osa 2' } }, 201);
  const sections: [string, string] = [first.sections[0]?.id ?? '', second.id];
  const questions = {} as FixtureSurvey['questions'];
  for (const [key, body] of Object.entries(questionBodies(sections))) {
    const created = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/surveys/${id}/questions`, body, 201);
    questions[key as keyof FixtureSurvey['questions']] = { id: created.id, choices: [] };
  }
  const valuesChoices = await choicesOf(admin, id, questions.values.id);
  const visited = await apiOk<{ id: string }>(
    admin,
    'POST',
    `/api/v1/surveys/${id}/questions`,
    {
      sectionId: sections[1],
      type: 'long_text',
      text: { fi: 'Mikä meressä on parasta?' },
      conditionQuestionId: questions.values.id,
      conditionChoiceIds: [valuesChoices[1]],
    },
    201,
  );
  questions.followUp = { id: visited.id, choices: [] };
  for (const key of Object.keys(questions) as Array<keyof FixtureSurvey['questions']>) {
    questions[key].choices = await choicesOf(admin, id, questions[key].id);
  }
  return { id, sections, questions };
}

async function choicesOf(client: TestClient, surveyId: string, questionId: string): Promise<string[]> {
  const definition = await apiOk<{ sections: Array<{ questions: Array<{ id: string; choices: Array<{ id: string }> }> }> }>(
    client,
    'GET',
    `/api/v1/surveys/${surveyId}`,
    undefined,
    200,
  );
  const question = definition.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId);
  return question?.choices.map((choice) => choice.id) ?? [];
}

/** A form field of a question's answer: `answers.<id>.<part>`. */
export const answerFieldName = (questionId: string, part: string) => `answers.${questionId}.${part}`;

/** The first section's fields, answered (every type of the section), with overrides. */
export function firstSectionFields(survey: FixtureSurvey, overrides: Record<string, string | string[]> = {}) {
  const q = survey.questions;
  const field = answerFieldName;
  return {
    action: 'next',
    [field(q.area.id, 'choiceIds[]')]: q.area.choices[0] as string,
    [field(q.values.id, 'choiceIds[]')]: [q.values.choices[1] as string, 'other'],
    [field(q.values.id, 'other')]: 'Saunat',
    [field(q.why.id, 'text')]: 'Koska <script>alert(1)</script> meri',
    [field(q.idea.id, 'text')]: 'Pitsi',
    ...overrides,
  };
}

/** The second (last) section's fields, answered and submitted, with overrides. */
export function secondSectionFields(survey: FixtureSurvey, overrides: Record<string, string | string[]> = {}) {
  const q = survey.questions;
  const field = answerFieldName;
  const [work, school, nature] = q.ranking.choices as [string, string, string];
  return {
    action: 'submit',
    idempotencyKey: `key-${Math.random()}`,
    [field(q.scale.id, 'number')]: '4',
    [field(q.ranking.id, `rank.${nature}`)]: '1',
    [field(q.ranking.id, `rank.${work}`)]: '2',
    [field(q.ranking.id, `rank.${school}`)]: '3',
    [field(q.age.id, 'number')]: '44',
    [field(q.visited.id, 'date')]: '2013-04-17',
    [field(q.followUp.id, 'text')]: 'Aallot',
    ...overrides,
  };
}
