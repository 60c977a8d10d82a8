import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { newId } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createUser } from '../accounts/index.ts';
import { apiOk, createFixtureSurvey, type FixtureSurvey, firstSectionFields, secondSectionFields } from './test-fixtures.ts';

describe('who answers, how often, and when', () => {
  let test: TestApp;
  let admin: TestClient;
  let survey: FixtureSurvey;
  let base: string;
  let slug: string;
  const field = (questionId: string, part: string) => `answers.${questionId}.${part}`;
  const firstSection = (overrides: Record<string, string | string[]> = {}) => firstSectionFields(survey, overrides);
  const secondSection = (overrides: Record<string, string | string[]> = {}) => secondSectionFields(survey, overrides);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    survey = await createFixtureSurvey(test, admin);
    slug = test.demo.processSlug as string;
    base = `/fi/processes/${slug}/surveys/${survey.id}`;
  });
  after(() => test.close());

  async function signedIn(email: string): Promise<TestClient> {
    const client = test.client();
    await client.signIn(email, DEMO_ADMIN.password);
    return client;
  }
  it('takes one response per browser, and a retried submit never makes a second one', async () => {
    const q = survey.questions;
    const body = { answers: { [q.area.id]: { choiceIds: [q.area.choices[1]] }, [q.scale.id]: { number: 2 } }, idempotencyKey: 'retry-1' };
    const client = test.client();
    const first = await apiOk<{ id: string; replayed: boolean }>(client, 'POST', `/api/v1/surveys/${survey.id}/responses`, body, 201);
    const retry = await apiOk<{ id: string; replayed: boolean }>(client, 'POST', `/api/v1/surveys/${survey.id}/responses`, body, 201);
    assert.equal(retry.id, first.id);
    assert.equal(retry.replayed, true);
    const headerRetry = await test.client().request('POST', `/api/v1/surveys/${survey.id}/responses`, {
      body: JSON.stringify({ answers: body.answers }),
      headers: { 'content-type': 'application/json', 'idempotency-key': 'retry-1', 'x-csrf-token': await client.csrfToken() },
    });
    assert.notEqual(headerRetry.status, 500);
    const again = await client.api('POST', `/api/v1/surveys/${survey.id}/responses`, { ...body, idempotencyKey: 'another' });
    assert.equal(again.status, 409);
    assert.match(again.text, /jo vastattu/);
    const rows = await test.context.db.selectFrom('survey_responses').select('id').where('idempotency_key', '=', 'retry-1').execute();
    assert.equal(rows.length, 1);

    const formClient = test.client();
    assert.equal((await formClient.postForm(`${base}/sections/1`, firstSection())).status, 303);
    const last = secondSection({ idempotencyKey: 'form-retry' });
    assert.equal((await formClient.postForm(`${base}/sections/2`, last)).status, 303);
    const resent = await formClient.postForm(`${base}/sections/2`, last);
    assert.equal(resent.status, 303, 'the same submission again leads to the receipt, not an error');
    assert.equal(resent.location, `${base}/receipt`);
    assert.equal((await formClient.get(`${base}/sections/1`)).location, `${base}/receipt`);
  });

  it('lets a signed-in respondent save, continue later and edit until the close, with one response per account', async () => {
    const client = test.client();
    await client.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const q = survey.questions;
    const saved = await client.postForm(`${base}/sections/1`, { ...firstSection(), action: 'save' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, base);
    const front = await client.get(base);
    assert.match(front.text, /Vastauksesi tallennettiin/);
    assert.match(front.text, /Jatka vastaamista/);
    assert.match((await client.get(`${base}/sections/1`)).text, /Koska &lt;script>/);
    assert.equal((await client.postForm(`${base}/sections/1`, firstSection())).status, 303);
    assert.equal((await client.postForm(`${base}/sections/2`, secondSection())).status, 303);
    assert.equal((await client.postForm(`${base}/sections/1`, firstSection({ [field(q.why.id, 'text')]: 'Muutin mieleni' }))).status, 303);
    assert.equal((await client.postForm(`${base}/sections/2`, secondSection())).status, 303);
    const user = await test.context.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'resident@demo.tarina.invalid')
      .executeTakeFirstOrThrow();
    const responses = await test.context.db
      .selectFrom('survey_responses')
      .select('id')
      .where('survey_id', '=', survey.id)
      .where('user_id', '=', user.id)
      .execute();
    assert.equal(responses.length, 1);
    const own = await apiOk<{ answers: Record<string, { text?: string }> }>(
      client,
      'GET',
      `/api/v1/surveys/${survey.id}/responses`,
      undefined,
      200,
    );
    assert.equal(own.answers[q.why.id]?.text, 'Muutin mieleni');
    const contribution = await test.context.db
      .selectFrom('contributions')
      .select(['text', 'author_user_id'])
      .where('source_id', '=', `${responses[0]?.id}:${q.why.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(contribution.text, 'Muutin mieleni');
    assert.equal(contribution.author_user_id, null, 'an anonymous survey records no author');
    const myData = await apiOk<{ surveys: { responses: Array<{ survey: { id: string }; answers: Record<string, { text?: string }> }> } }>(
      client,
      'GET',
      '/api/v1/me/export',
      undefined,
      200,
    );
    const mine = myData.surveys.responses.find((entry) => entry.survey.id === survey.id);
    assert.equal(mine?.answers.q3?.text, 'Muutin mieleni', 'the response is part of the person’s own data export');

    const settings = { title: { fi: 'Testikysely' }, status: 'published', anonymous: true, closesAt: '2001-01-01T00:00:00Z' };
    await apiOk(admin, 'PUT', `/api/v1/surveys/${survey.id}`, settings, 200);
    const closed = await client.postForm(`${base}/sections/1`, firstSection());
    assert.equal(closed.status, 409);
    assert.match(closed.text, /Kysely on sulkeutunut/);
    assert.match((await client.get(base)).text, /Kysely on sulkeutunut\. Kiitos/);
    await apiOk(admin, 'PUT', `/api/v1/surveys/${survey.id}`, { ...settings, closesAt: null }, 200);
  });

  it('answers 404 for unknown, malformed, draft and foreign surveys, and 409 before the survey opens', async () => {
    const client = test.client();
    const slug = test.demo.processSlug as string;
    assert.equal((await client.get(`/fi/processes/${slug}/surveys/00000000-0000-4000-8000-000000000000`)).status, 404);
    assert.equal((await client.get(`/fi/processes/${slug}/surveys/%27%20or%201=1`)).status, 404);
    assert.equal((await client.get(`/fi/processes/no-such-process/surveys/${survey.id}`)).status, 404);
    assert.equal((await client.get(`/api/v1/surveys/${'x'.repeat(70)}`)).status, 404);
    const draft = await apiOk<{ id: string }>(admin, 'POST', `/api/v1/processes/${slug}/surveys`, { title: { fi: 'Luonnos' } }, 201);
    assert.equal((await client.get(`/fi/processes/${slug}/surveys/${draft.id}`)).status, 404);
    assert.equal((await client.get(`/api/v1/surveys/${draft.id}`)).status, 404);
    const future = await apiOk<{ id: string }>(
      admin,
      'POST',
      `/api/v1/processes/${slug}/surveys`,
      { title: { fi: 'Tuleva' }, status: 'published', opensAt: '2100-01-01T10:00' },
      201,
    );
    const notYet = await client.api('POST', `/api/v1/surveys/${future.id}/responses`, { answers: {} });
    assert.equal(notYet.status, 409);
    assert.match((await client.get(`/fi/processes/${slug}/surveys/${future.id}`)).text, /Kysely avautuu/);

    const { createOrganisation } = await import('../organisations/index.ts');
    await createOrganisation(test.context.db, { slug: 'vieras', name: { fi: 'Vieras kunta' }, hosts: ['localhost'] }, new Date());
    const foreign = new (client.constructor as typeof TestClient)(test.baseUrl.replace('127.0.0.1', 'localhost'));
    assert.equal((await foreign.get(`/api/v1/surveys/${survey.id}`)).status, 404);
    assert.equal((await foreign.get(`/fi/processes/${slug}/surveys/${survey.id}`)).status, 404);
    assert.equal((await foreign.get(`/api/v1/surveys/${survey.id}/results`)).status, 404);
  });
  it('applies the audience: signed-in only, staff of chosen units, members of chosen bodies', async () => {
    const units = test.demo.unitIds as Record<string, string>;
    const bodies = test.demo.bodyIds as Record<string, string>;
    const unitKey = Object.keys(units)[0] as string;
    const now = new Date();
    const orgId = test.demo.organisationId as string;
    await createUser(
      test.context.db,
      orgId,
      { email: 'staff@test.invalid', displayName: 'Staff', password: DEMO_ADMIN.password, locale: 'fi', unitId: units[unitKey] },
      now,
    );
    const memberId = await createUser(
      test.context.db,
      orgId,
      { email: 'member@test.invalid', displayName: 'Member', password: DEMO_ADMIN.password, locale: 'fi' },
      now,
    );
    const bodyId = Object.values(bodies)[0] as string;
    await test.context.db
      .insertInto('body_members')
      .values({
        id: newId(),
        organisation_id: orgId,
        body_id: bodyId,
        user_id: memberId,
        position_title: '{"fi":"Jäsen"}',
        responsibility: '{"fi":""}',
        sector_id: null,
        position: 99,
        created_at: now.toISOString(),
      })
      .execute();
    const cases = [
      { audience: 'signed_in', audienceIds: [], allowed: ['resident@demo.tarina.invalid'], refused: [] as string[] },
      {
        audience: 'units',
        audienceIds: [units[unitKey]],
        allowed: ['staff@test.invalid'],
        refused: ['resident@demo.tarina.invalid', 'member@test.invalid'],
      },
      { audience: 'bodies', audienceIds: [bodyId], allowed: ['member@test.invalid'], refused: ['staff@test.invalid'] },
    ];
    for (const rule of cases) {
      const created = await apiOk<{ id: string }>(
        admin,
        'POST',
        `/api/v1/processes/${slug}/surveys`,
        { title: { fi: `Yleisö ${rule.audience}` }, status: 'published', audience: rule.audience, audienceIds: rule.audienceIds },
        201,
      );
      const definition = await apiOk<{ sections: Array<{ id: string }> }>(admin, 'GET', `/api/v1/surveys/${created.id}`, undefined, 200);
      await apiOk(
        admin,
        'POST',
        `/api/v1/surveys/${created.id}/questions`,
        { sectionId: definition.sections[0]?.id, type: 'short_text', text: { fi: 'Sana' } },
        201,
      );
      const answer = { answers: {} };
      assert.equal((await test.client().api('POST', `/api/v1/surveys/${created.id}/responses`, answer)).status, 401, rule.audience);
      const page = await test.client().get(`/fi/processes/${slug}/surveys/${created.id}/sections/1`);
      assert.equal(page.status, 303, 'a visitor is sent to sign in');
      assert.match(page.location ?? '', /\/fi\/sign-in\?next=/);
      for (const email of rule.allowed)
        assert.equal(
          (await (await signedIn(email)).api('POST', `/api/v1/surveys/${created.id}/responses`, answer)).status,
          201,
          `${rule.audience} ${email}`,
        );
      for (const email of rule.refused)
        assert.equal(
          (await (await signedIn(email)).api('POST', `/api/v1/surveys/${created.id}/responses`, answer)).status,
          403,
          `${rule.audience} ${email}`,
        );
    }
    const badAudience = await admin.api('POST', `/api/v1/processes/${slug}/surveys`, {
      title: { fi: 'Vieras yksikkö' },
      audience: 'units',
      audienceIds: [newId()],
    });
    assert.equal(badAudience.status, 422);
  });
});
