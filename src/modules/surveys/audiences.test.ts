import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  type AudienceCast,
  type AudienceRow,
  audienceCast,
  audienceIdsOf,
  castClient,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient, TestResponse } from '../../platform/testing/test-client.ts';

/** A row of the shared audience table as the survey's settings. */
function surveyAudience(test: TestApp, row: AudienceRow): Record<string, unknown> {
  const audience = { public: 'anyone', 'signed-in': 'signed_in', staff: 'staff', units: 'units', bodies: 'bodies' }[row.kind];
  return row.keys.length > 0 ? { audience, audienceIds: audienceIdsOf(test, row) } : { audience };
}

describe('survey audiences with real people: who answers, who is refused in words', () => {
  let test: TestApp;
  let admin: TestClient;
  let cast: AudienceCast;
  let units: Record<string, string>;
  let bodies: Record<string, string>;

  const settings = (extra: Record<string, unknown>) => ({ title: { fi: 'Yleisökysely' }, status: 'published', ...extra });
  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;

  async function createSurvey(extra: Record<string, unknown>): Promise<string> {
    const created = await admin.api('POST', `/api/v1/processes/${test.demo.processSlug}/surveys`, settings(extra));
    assert.equal(created.status, 201, created.text);
    return created.json<{ id: string }>().id;
  }

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    cast = await audienceCast(test, 'sv');
    units = test.demo.unitIds as Record<string, string>;
    bodies = test.demo.bodyIds as Record<string, string>;
  });
  after(() => test.close());

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} answer; the others are refused in words`, async () => {
      const surveyId = await createSurvey(surveyAudience(test, row));
      for (const who of AUDIENCE_EVERYONE) {
        const response = await castClient(cast, who).api('POST', `/api/v1/surveys/${surveyId}/responses`, { answers: {} });
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 201, `${row.name}, ${who}: ${response.text}`);
          continue;
        }
        const expected = refusalStatusOf(who);
        assert.equal(response.status, expected, `${row.name}, ${who}: ${response.text}`);
        if (expected === 401) continue;
        assert.match(detail(response), /tarkoitettu valituille ryhmille/, who);
        const page = await castClient(cast, who).get(`/fi/processes/${test.demo.processSlug}/surveys/${surveyId}`);
        assert.equal(page.status, 200, `${who} sees the survey page`);
        assert.match(page.text, /tarkoitettu valituille ryhmille/, `${who} is told why they cannot answer`);
      }
    });
  }

  it('the refusal is in the person’s language', async () => {
    const surveyId = await createSurvey({ audience: 'bodies', audienceIds: [bodies.board] });
    const english = test.client({ 'accept-language': 'en' });
    await english.signIn(cast.resident.email, 'yleisötestin-salasana');
    const response = await english.api('POST', `/api/v1/surveys/${surveyId}/responses`, { answers: {} });
    assert.equal(response.status, 403);
    assert.match(detail(response), /This survey is meant for chosen groups/);
  });

  it('an audience naming a deleted unit or body is refused with 422 on create and on update', async () => {
    const goneUnit = await deletedUnitId(admin);
    const goneBody = await deletedBodyId(test, admin);
    const slug = test.demo.processSlug as string;
    for (const extra of [
      { audience: 'units', audienceIds: [goneUnit] },
      { audience: 'bodies', audienceIds: [goneBody] },
      { audience: 'bodies', audienceIds: [bodies.council, goneBody] },
    ]) {
      const created = await admin.api('POST', `/api/v1/processes/${slug}/surveys`, settings(extra));
      assert.equal(created.status, 422, created.text);
      assert.ok(created.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'audienceIds'));
    }
    const surveyId = await createSurvey({ audience: 'units', audienceIds: [units['education-and-culture']] });
    const updated = await admin.api('PUT', `/api/v1/surveys/${surveyId}`, settings({ audience: 'units', audienceIds: [goneUnit] }));
    assert.equal(updated.status, 422, updated.text);
  });
});
