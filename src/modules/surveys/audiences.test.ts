import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { audienceWorld } from '../../platform/testing/audience-world.ts';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  type AudienceRow,
  audienceIdsOf,
  castClient,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
import type { TestResponse } from '../../platform/testing/test-client.ts';

/** A row of the shared audience table as the survey's settings. */
function surveyAudience(test: TestApp, row: AudienceRow): Record<string, unknown> {
  const audience = { public: 'anyone', 'signed-in': 'signed_in', staff: 'staff', units: 'units', bodies: 'bodies' }[row.kind];
  return row.keys.length > 0 ? { audience, audienceIds: audienceIdsOf(test, row) } : { audience };
}

describe('survey audiences with real people: who answers, who is refused in words', () => {
  const world = audienceWorld('sv');

  const settings = (extra: Record<string, unknown>) => ({ title: { fi: 'Yleisökysely' }, status: 'published', ...extra });
  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;

  async function createSurvey(extra: Record<string, unknown>): Promise<string> {
    const created = await world.admin.api('POST', `/api/v1/processes/${world.test.demo.processSlug}/surveys`, settings(extra));
    assert.equal(created.status, 201, created.text);
    return created.json<{ id: string }>().id;
  }

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} answer; the others are refused in words`, async () => {
      const surveyId = await createSurvey(surveyAudience(world.test, row));
      for (const who of AUDIENCE_EVERYONE) {
        const response = await castClient(world.cast, who).api('POST', `/api/v1/surveys/${surveyId}/responses`, { answers: {} });
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 201, `${row.name}, ${who}: ${response.text}`);
          continue;
        }
        const expected = refusalStatusOf(who);
        assert.equal(response.status, expected, `${row.name}, ${who}: ${response.text}`);
        if (expected === 401) continue;
        assert.match(detail(response), /tarkoitettu valituille ryhmille/, who);
        const page = await castClient(world.cast, who).get(`/fi/processes/${world.test.demo.processSlug}/surveys/${surveyId}`);
        assert.equal(page.status, 200, `${who} sees the survey page`);
        assert.match(page.text, /tarkoitettu valituille ryhmille/, `${who} is told why they cannot answer`);
      }
    });
  }

  it('the refusal is in the person’s language', async () => {
    const surveyId = await createSurvey({ audience: 'bodies', audienceIds: [world.bodies.board] });
    const english = world.test.client({ 'accept-language': 'en' });
    await english.signIn(world.cast.resident.email, 'yleisötestin-salasana');
    const response = await english.api('POST', `/api/v1/surveys/${surveyId}/responses`, { answers: {} });
    assert.equal(response.status, 403);
    assert.match(detail(response), /This survey is meant for chosen groups/);
  });

  it('an audience naming a deleted unit or body is refused with 422 on create and on update', async () => {
    const goneUnit = await deletedUnitId(world.admin);
    const goneBody = await deletedBodyId(world.test, world.admin);
    const slug = world.test.demo.processSlug as string;
    for (const extra of [
      { audience: 'units', audienceIds: [goneUnit] },
      { audience: 'bodies', audienceIds: [goneBody] },
      { audience: 'bodies', audienceIds: [world.bodies.council, goneBody] },
    ]) {
      const created = await world.admin.api('POST', `/api/v1/processes/${slug}/surveys`, settings(extra));
      assert.equal(created.status, 422, created.text);
      assert.ok(created.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'audienceIds'));
    }
    const surveyId = await createSurvey({ audience: 'units', audienceIds: [world.units['education-and-culture']] });
    const updated = await world.admin.api('PUT', `/api/v1/surveys/${surveyId}`, settings({ audience: 'units', audienceIds: [goneUnit] }));
    assert.equal(updated.status, 422, updated.text);
  });
});
