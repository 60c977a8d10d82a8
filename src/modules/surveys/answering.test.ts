import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMailer } from '../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey, firstSectionFields, secondSectionFields } from './test-fixtures.ts';

describe('answering a survey through its pages', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let survey: FixtureSurvey;
  let base: string;
  const field = (questionId: string, part: string) => `answers.${questionId}.${part}`;

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@test.invalid>', log: () => {} });
    test = await startTestApp({ demo: true, mailer });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
    base = `/fi/processes/${test.demo.processSlug}/surveys/${survey.id}`;
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const firstSection = (overrides: Record<string, string | string[]> = {}) => firstSectionFields(survey, overrides);
  const secondSection = (overrides: Record<string, string | string[]> = {}) => secondSectionFields(survey, overrides);

  it('walks both sections with a progress indicator, stores every question type, shows the receipt and mails it', async () => {
    const client = test.client();
    const first = await client.get(`${base}/sections/1`);
    assert.equal(first.status, 200);
    assert.match(first.text, /Osio 1\/2/);
    assert.match(first.text, new RegExp(`<fieldset[^>]*id="field-answers-${survey.questions.area.id}"`));
    assert.match(first.text, /<legend class="field__label"><span lang="fi">Asuinalue<\/span>/);
    const next = await client.postForm(`${base}/sections/1`, firstSection());
    assert.equal(next.status, 303);
    assert.equal(next.location, `${base}/sections/2`);
    const second = await client.get(`${base}/sections/2`);
    assert.match(second.text, /Osio 2\/2/);
    assert.match(second.text, /Mikä meressä on parasta\?/, 'the condition (the sea chosen) shows the follow-up');
    const sent = await client.postForm(`${base}/sections/2`, secondSection({ receiptEmail: 'vastaaja@example.com' }));
    assert.equal(sent.status, 303, sent.text);
    assert.equal(sent.location, `${base}/receipt`);
    const receipt = await client.get(`${base}/receipt`);
    assert.equal(receipt.status, 200);
    assert.match(receipt.text, /Saunat/);
    assert.match(receipt.text, /Koska &lt;script>alert\(1\)&lt;\/script> meri/);
    assert.doesNotMatch(receipt.text, /<script>alert/);

    const own = await apiOk<{ id: string; answers: Record<string, Record<string, unknown>> }>(
      client,
      'GET',
      `/api/v1/surveys/${survey.id}/responses`,
      undefined,
      200,
    );
    const q = survey.questions;
    assert.deepEqual(own.answers[q.area.id], { choiceIds: [q.area.choices[0]] });
    assert.deepEqual(new Set(own.answers[q.values.id]?.choiceIds as string[]), new Set([q.values.choices[1], 'other']));
    assert.equal(own.answers[q.values.id]?.other, 'Saunat');
    assert.equal(own.answers[q.why.id]?.text, 'Koska <script>alert(1)</script> meri');
    assert.equal(own.answers[q.idea.id]?.text, 'Pitsi');
    assert.equal(own.answers[q.scale.id]?.number, 4);
    assert.deepEqual(own.answers[q.ranking.id]?.ranking, [q.ranking.choices[2], q.ranking.choices[0], q.ranking.choices[1]]);
    assert.equal(own.answers[q.age.id]?.number, 44);
    assert.equal(own.answers[q.visited.id]?.date, '2013-04-17');
    assert.equal(own.answers[q.followUp.id]?.text, 'Aallot');

    const mail = await smtp.waitForMessage((message) => message.to.includes('vastaaja@example.com'));
    assert.match(mail.subject, /Kuitti: Testikysely/);
    assert.match(mail.text, /Saunat/);

    const contributions = await test.context.db
      .selectFrom('contributions')
      .select(['text', 'channel', 'process_id', 'metadata', 'language'])
      .where('source_type', '=', 'survey_answer')
      .where('source_id', 'like', `${own.id}:%`)
      .execute();
    assert.deepEqual(contributions.map((row) => row.text).sort(), ['Aallot', 'Koska <script>alert(1)</script> meri', 'Pitsi', 'Saunat']);
    assert.ok(contributions.every((row) => row.channel === 'survey' && row.process_id === test.demo.processId && row.language === 'fi'));
    const metadata = JSON.parse(contributions[0]?.metadata ?? '{}') as { surveyId: string; background: Array<{ kind: string }> };
    assert.equal(metadata.surveyId, survey.id);
    assert.deepEqual(
      metadata.background.map((entry) => entry.kind),
      ['home_area'],
    );
  });

  it('keeps the answers and links every error from the summary when a required answer is missing', async () => {
    const client = test.client();
    const q = survey.questions;
    const response = await client.postForm(`${base}/sections/1`, { action: 'next', [field(q.why.id, 'text')]: 'Tämä säilyy' });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, new RegExp(`href="#field-answers-${q.area.id}">Asuinalue: Vastaa tähän kysymykseen.`));
    assert.match(response.text, />Tämä säilyy<\/textarea>/);
    const again = await client.get(`${base}/sections/1`);
    assert.match(again.text, />Tämä säilyy<\/textarea>/, 'the draft keeps what was written');
  });

  it('hides a conditional question whose condition is not met and drops an answer sent to it', async () => {
    const client = test.client();
    const q = survey.questions;
    const next = await client.postForm(
      `${base}/sections/1`,
      firstSection({ [field(q.values.id, 'choiceIds[]')]: [q.values.choices[0] as string], [field(q.values.id, 'other')]: '' }),
    );
    assert.equal(next.status, 303);
    const second = await client.get(`${base}/sections/2`);
    assert.doesNotMatch(second.text, /Mikä meressä on parasta\?/);
    assert.equal((await client.postForm(`${base}/sections/2`, secondSection())).status, 303);
    const own = await apiOk<{ answers: Record<string, unknown> }>(client, 'GET', `/api/v1/surveys/${survey.id}/responses`, undefined, 200);
    assert.equal(own.answers[q.followUp.id], undefined);
    assert.ok(own.answers[q.scale.id]);
  });

  it('refuses bad answers with a clear message in the respondent’s language, keeping the other answers', async () => {
    const q = survey.questions;
    const cases: Array<[Record<string, string | string[]>, RegExp, RegExp]> = [
      [{ [field(q.values.id, 'choiceIds[]')]: q.values.choices as string[] }, /Valitse enintään 3\./, /Choose at most 3\./],
      [{ [field(q.area.id, 'choiceIds[]')]: 'no-such-choice' }, /Valitse annetuista vaihtoehdoista\./, /Choose from the given options\./],
      [
        { [field(q.area.id, 'choiceIds[]')]: q.area.choices.slice(0, 2) as string[] },
        /Valitse vain yksi vaihtoehto\./,
        /Choose only one option\./,
      ],
      [{ [field(q.idea.id, 'text')]: 'x'.repeat(41) }, /Kirjoita enintään 40 merkkiä\./, /Write at most 40 characters\./],
      [{ [field(q.values.id, 'other')]: '' }, /Kerro, mikä muu\./, /Say what the other is\./],
      [{ [field(q.why.id, 'text')]: 'x'.repeat(6000) }, /Kirjoita enintään 5000 merkkiä\./, /Write at most 5000 characters\./],
    ];
    for (const [overrides, finnish, english] of cases) {
      for (const [locale, pattern] of [
        ['fi', finnish],
        ['en', english],
      ] as const) {
        const client = test.client();
        const path = `/${locale}/processes/${test.demo.processSlug}/surveys/${survey.id}/sections/1`;
        const response = await client.postForm(
          path,
          firstSection({ ...overrides, [field(q.why.id, 'text')]: overrides[field(q.why.id, 'text')] ?? 'Muut vastaukset säilyvät' }),
        );
        assert.equal(response.status, 422, `${JSON.stringify(overrides).slice(0, 80)} ${locale}`);
        assert.match(response.text, pattern);
        if (!overrides[field(q.why.id, 'text')]) assert.match(response.text, />Muut vastaukset säilyvät<\/textarea>/);
      }
    }
    const client = test.client();
    const second = [
      [{ [field(q.age.id, 'number')]: 'neljä' }, /Kirjoita luku/],
      [{ [field(q.age.id, 'number')]: '150' }, /Anna arvo väliltä 0–120\./],
      [{ [field(q.age.id, 'number')]: '44,5' }, /Kirjoita kokonaisluku\./],
      [{ [field(q.scale.id, 'number')]: '9' }, /Anna arvo väliltä 1–5\./],
      [{ [field(q.visited.id, 'date')]: '2013-02-30' }, /Anna päivämäärä muodossa vvvv-kk-pp\.|vvvv-kk-pp/],
      [{ [field(q.ranking.id, `rank.${q.ranking.choices[0]}`)]: '1' }, /samalla sijalla/],
    ] as const;
    assert.equal((await client.postForm(`${base}/sections/1`, firstSection())).status, 303);
    for (const [overrides, pattern] of second) {
      const response = await client.postForm(`${base}/sections/2`, secondSection({ ...overrides }));
      assert.equal(response.status, 422, JSON.stringify(overrides));
      assert.match(response.text, pattern);
      assert.match(response.text, /value="2013-04-17"|value="44"/, 'the other answers of the page are shown again');
    }
  });

  it('answers invalid UTF-8 with 400 and a bad API answer with a 422 problem, never a 500', async () => {
    const client = test.client();
    const token = await client.csrfToken();
    const raw = await client.request('POST', `${base}/sections/1`, {
      body: `_csrf=${token}&answers.${survey.questions.why.id}.text=%FF%FE`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(raw.status, 400);
    const q = survey.questions;
    const bodies = [
      { answers: { 'no-such-question': { text: 'x' } } },
      { answers: { [q.why.id]: { text: 'x'.repeat(5001) } } },
      { answers: { [q.age.id]: { number: { nested: true } } } },
      { answers: 'not an object' },
    ];
    for (const body of bodies) {
      const response = await client.api('POST', `/api/v1/surveys/${survey.id}/responses`, body);
      assert.equal(response.status, 422, `${JSON.stringify(body).slice(0, 80)} ${response.text}`);
      assert.match(response.headers.get('content-type') ?? '', /problem\+json/);
    }
    const nul = await client.postForm(`${base}/sections/1`, { [`answers.${q.idea.id}.text`]: 'nolla\u0000merkki' });
    assert.equal(nul.status, 400, 'a NUL character is refused at the door');
    const surrogate = await client.api('POST', `/api/v1/surveys/${survey.id}/responses`, {
      answers: { [q.idea.id]: { text: 'a\ud800b' } },
    });
    // A lone surrogate is not text in any encoding: refused at the door like invalid UTF-8 (platform/http/body-parsers.ts).
    assert.equal(surrogate.status, 400);
    assert.match(surrogate.text, /bad-encoding/);
    const halfCharacter = await client.api('POST', `/api/v1/surveys/${survey.id}/responses`, {
      answers: {
        [q.area.id]: { choiceIds: [q.area.choices[0]] },
        [q.scale.id]: { number: 3 },
        [q.idea.id]: { text: 'puolikas \ud800 merkki' },
      },
    });
    assert.equal(halfCharacter.status, 400);
    const picky = await apiOk<{ id: string }>(
      admin,
      'POST',
      `/api/v1/processes/${test.demo.processSlug}/surveys`,
      { title: { fi: 'Valitse kaksi' }, status: 'published' },
      201,
    );
    const pickySection = (await apiOk<{ sections: Array<{ id: string }> }>(admin, 'GET', `/api/v1/surveys/${picky.id}`, undefined, 200))
      .sections[0]?.id;
    const pickyQuestion = {
      sectionId: pickySection,
      type: 'multiple_choice',
      text: { fi: 'Kaksi tai kolme' },
      minPicks: 2,
      maxPicks: 3,
      choices: ['A', 'B', 'C', 'D'].map((fi) => ({ label: { fi } })),
    };
    const { id: pickyId } = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/surveys/${picky.id}/questions`, pickyQuestion, 201);
    const pickyChoices =
      (
        await apiOk<{ sections: Array<{ questions: Array<{ choices: Array<{ id: string }> }> }> }>(
          admin,
          'GET',
          `/api/v1/surveys/${picky.id}`,
          undefined,
          200,
        )
      ).sections[0]?.questions[0]?.choices.map((choice) => choice.id) ?? [];
    const tooFew = await client.api('POST', `/api/v1/surveys/${picky.id}/responses`, {
      answers: { [pickyId]: { choiceIds: pickyChoices.slice(0, 1) } },
    });
    assert.equal(tooFew.status, 422);
    assert.match(tooFew.text, /Valitse vähintään 2\./);
    const tooMany = await client.api('POST', `/api/v1/surveys/${picky.id}/responses`, {
      answers: { [pickyId]: { choiceIds: pickyChoices } },
    });
    assert.match(tooMany.text, /Valitse enintään 3\./);
    await apiOk(
      client,
      'POST',
      `/api/v1/surveys/${picky.id}/responses`,
      { answers: { [pickyId]: { choiceIds: pickyChoices.slice(0, 2) } } },
      201,
    );
    const english = await test.client({ 'accept-language': 'en' }).api('POST', `/api/v1/surveys/${survey.id}/responses`, { answers: {} });
    assert.equal(english.status, 422);
    assert.match(english.text, /Answer this question\./);
  });

  it('says a question was removed while the respondent answered, and keeps their other answers', async () => {
    const other = await createFixtureSurvey(test, admin);
    const path = `/fi/processes/${test.demo.processSlug}/surveys/${other.id}/sections/1`;
    const client = test.client();
    assert.equal((await client.get(path)).status, 200);
    await apiOk(admin, 'DELETE', `/api/v1/surveys/${other.id}/questions/${other.questions.idea.id}`, undefined, 204);
    const q = other.questions;
    const fields = {
      action: 'next',
      [field(q.area.id, 'choiceIds[]')]: q.area.choices[0] as string,
      [field(q.values.id, 'choiceIds[]')]: q.values.choices[0] as string,
      [field(q.why.id, 'text')]: 'Tallessa',
      [field(q.idea.id, 'text')]: 'Poistettuun kysymykseen',
    };
    const response = await client.postForm(path, fields);
    assert.equal(response.status, 422);
    assert.match(response.text, /Kysymys poistettiin kyselystä vastaamisesi aikana/);
    assert.match(response.text, />Tallessa<\/textarea>/);
    assert.doesNotMatch(response.text, /Yksi sana Raumasta/);
    const { [field(q.idea.id, 'text')]: _removed, ...rest } = fields;
    assert.equal((await client.postForm(path, rest)).status, 303);
  });
});
