import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  AUDIENCE_VISITORS,
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
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createWorkshop, detail, join, workshopInput } from './test-support/fixtures.ts';

/** A row of the shared audience table as the session's settings (the council's is a seminar), with the refusal a signed-in outsider reads. */
function sessionAudience(test: TestApp, row: AudienceRow): { settings: Record<string, unknown>; refusal: RegExp } {
  const invited = /vain kutsuttujen toimielinten tai yksiköiden jäsenet/;
  switch (row.kind) {
    case 'public':
      return { settings: { access: 'code' }, refusal: /^$/ };
    case 'signed-in':
      return { settings: { access: 'signed_in' }, refusal: /^$/ };
    case 'staff':
      return { settings: { access: 'staff' }, refusal: /vain kaupungin henkilöstö/ };
    case 'units':
      return { settings: { access: 'units', audienceIds: audienceIdsOf(test, row) }, refusal: invited };
    case 'bodies':
      return {
        settings: { kind: 'seminar', access: 'bodies', audienceIds: audienceIdsOf(test, row), noteNames: 'named' },
        refusal: invited,
      };
  }
}

describe('workshop and seminar audiences with real people: who joins, who is refused in words', () => {
  let test: TestApp;
  let admin: TestClient;
  let cast: AudienceCast;
  let units: Record<string, string>;
  let bodies: Record<string, string>;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    cast = await audienceCast(test, 'ws');
    units = test.demo.unitIds as Record<string, string>;
    bodies = test.demo.bodyIds as Record<string, string>;
  });
  after(() => test.close());

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} join with the code or at its address; the others are refused in words`, async () => {
      const { settings, refusal } = sessionAudience(test, row);
      const workshop = await createWorkshop(test, admin, settings);
      for (const who of AUDIENCE_EVERYONE) {
        const client = castClient(cast, who);
        const byAddress = await client.get(`/fi/workshops/${workshop.id}/join`);
        const response = await join(client, workshop.joinCode);
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 200, `${row.name}, ${who}: ${response.text}`);
          if (row.kind === 'public') assert.equal(byAddress.status, 404, 'a code workshop is not opened by its id');
          else assert.equal(byAddress.location, `/fi/join/${workshop.joinCode}`, `${who} is sent to the session without typing the code`);
          continue;
        }
        const expected = refusalStatusOf(who);
        assert.equal(response.status, expected, `${row.name}, ${who}: ${response.text}`);
        if (expected === 403) assert.match(detail(response), refusal, who);
        const page = await client.get(`/fi/join/${workshop.joinCode}`);
        if (AUDIENCE_VISITORS.includes(who)) {
          assert.match(page.location ?? '', /\/fi\/sign-in\?next=/);
          assert.match(byAddress.location ?? '', /\/fi\/sign-in\?next=/);
        } else {
          assert.equal(page.status, 403, `${who} on the join page`);
          assert.match(page.text, refusal, `${who} is told whom the session is for`);
          assert.equal(byAddress.status, 403, `${who} at the session's address`);
        }
      }
    });
  }

  it('the refusal is in the person’s language', async () => {
    const workshop = await createWorkshop(test, admin, { access: 'units', audienceIds: [units['social-and-health']] });
    const response = await cast.resident.client.api('POST', '/api/v1/workshops/join', { code: workshop.joinCode }, {});
    assert.equal(response.status, 403);
    const english = test.client({ 'accept-language': 'en' });
    await english.signIn(cast.resident.email, 'yleisötestin-salasana');
    const inEnglish = await english.get(`/en/join/${workshop.joinCode}`);
    assert.equal(inEnglish.status, 403);
    assert.match(inEnglish.text, /Only members of the invited bodies or units can join this session/);
  });

  it('a member of the audience joins the seminar from its address without knowing the code', async () => {
    const seminar = await createWorkshop(test, admin, { kind: 'seminar', access: 'bodies', audienceIds: [bodies.council] });
    const visitor = await test.client().get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /\/fi\/sign-in\?next=/);
    const member = await cast.bodyMember.client.get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(member.status, 303, member.text);
    assert.equal(member.location, `/fi/join/${seminar.joinCode}`);
    const outsider = await cast.otherStaff.client.get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(outsider.status, 403);
    assert.match(outsider.text, /vain kutsuttujen toimielinten tai yksiköiden jäsenet/);
    const codeWorkshop = await createWorkshop(test, admin, { access: 'code' });
    const byId = await cast.resident.client.get(`/fi/workshops/${codeWorkshop.id}/join`);
    assert.equal(byId.status, 404, 'a code workshop is not opened by its id');
  });

  it('an audience naming a deleted unit or body is refused with 422 on create and on update', async () => {
    const slug = test.demo.processSlug as string;
    const goneUnit = await deletedUnitId(admin);
    const goneBody = await deletedBodyId(test, admin);
    for (const settings of [
      { access: 'units', audienceIds: [goneUnit] },
      { access: 'bodies', audienceIds: [goneBody] },
      { access: 'bodies', audienceIds: [bodies.council, goneBody] },
    ]) {
      const created = await admin.api('POST', `/api/v1/processes/${slug}/workshops`, workshopInput(settings));
      assert.equal(created.status, 422, created.text);
      assert.ok(created.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'audienceIds'));
    }
    const workshop = await createWorkshop(test, admin, { access: 'units', audienceIds: [units['education-and-culture']] });
    const updated = await admin.api('PUT', `/api/v1/workshops/${workshop.id}`, workshopInput({ access: 'units', audienceIds: [goneUnit] }));
    assert.equal(updated.status, 422, updated.text);
  });
});
