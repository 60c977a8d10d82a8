import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { audienceWorld } from '../../platform/testing/audience-world.ts';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  AUDIENCE_VISITORS,
  type AudienceRow,
  audienceIdsOf,
  castClient,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
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
  const world = audienceWorld('ws');

  for (const row of AUDIENCE_ROWS) {
    it(`${row.name}: ${row.allowed.join(', ')} join with the code or at its address; the others are refused in words`, async () => {
      const { settings, refusal } = sessionAudience(world.test, row);
      const workshop = await createWorkshop(world.test, world.admin, settings);
      for (const who of AUDIENCE_EVERYONE) {
        const client = castClient(world.cast, who);
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
    const workshop = await createWorkshop(world.test, world.admin, { access: 'units', audienceIds: [world.units['social-and-health']] });
    const response = await world.cast.resident.client.api('POST', '/api/v1/workshops/join', { code: workshop.joinCode }, {});
    assert.equal(response.status, 403);
    const english = world.test.client({ 'accept-language': 'en' });
    await english.signIn(world.cast.resident.email, 'yleisötestin-salasana');
    const inEnglish = await english.get(`/en/join/${workshop.joinCode}`);
    assert.equal(inEnglish.status, 403);
    assert.match(inEnglish.text, /Only members of the invited bodies or units can join this session/);
  });

  it('a member of the audience joins the seminar from its address without knowing the code', async () => {
    const seminar = await createWorkshop(world.test, world.admin, {
      kind: 'seminar',
      access: 'bodies',
      audienceIds: [world.bodies.council],
    });
    const visitor = await world.test.client().get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /\/fi\/sign-in\?next=/);
    const member = await world.cast.bodyMember.client.get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(member.status, 303, member.text);
    assert.equal(member.location, `/fi/join/${seminar.joinCode}`);
    const outsider = await world.cast.otherStaff.client.get(`/fi/workshops/${seminar.id}/join`);
    assert.equal(outsider.status, 403);
    assert.match(outsider.text, /vain kutsuttujen toimielinten tai yksiköiden jäsenet/);
    const codeWorkshop = await createWorkshop(world.test, world.admin, { access: 'code' });
    const byId = await world.cast.resident.client.get(`/fi/workshops/${codeWorkshop.id}/join`);
    assert.equal(byId.status, 404, 'a code workshop is not opened by its id');
  });

  it('an audience naming a deleted unit or body is refused with 422 on create and on update', async () => {
    const slug = world.test.demo.processSlug as string;
    const goneUnit = await deletedUnitId(world.admin);
    const goneBody = await deletedBodyId(world.test, world.admin);
    for (const settings of [
      { access: 'units', audienceIds: [goneUnit] },
      { access: 'bodies', audienceIds: [goneBody] },
      { access: 'bodies', audienceIds: [world.bodies.council, goneBody] },
    ]) {
      const created = await world.admin.api('POST', `/api/v1/processes/${slug}/workshops`, workshopInput(settings));
      assert.equal(created.status, 422, created.text);
      assert.ok(created.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'audienceIds'));
    }
    const workshop = await createWorkshop(world.test, world.admin, {
      access: 'units',
      audienceIds: [world.units['education-and-culture']],
    });
    const updated = await world.admin.api(
      'PUT',
      `/api/v1/workshops/${workshop.id}`,
      workshopInput({ access: 'units', audienceIds: [goneUnit] }),
    );
    assert.equal(updated.status, 422, updated.text);
  });
});
