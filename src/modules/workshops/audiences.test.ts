import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type AudienceCast, audienceCast, deletedBodyId, deletedUnitId } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { createWorkshop, detail, join, workshopInput } from './test-support/fixtures.ts';

/** `deactivated` left the organisation after signing in: their old session makes them a visitor. */
type Who = 'anonymous' | 'resident' | 'unitStaff' | 'subUnitStaff' | 'otherStaff' | 'bodyMember' | 'deactivated';
const EVERYONE: Who[] = ['anonymous', 'resident', 'unitStaff', 'subUnitStaff', 'otherStaff', 'bodyMember', 'deactivated'];
const VISITORS: Who[] = ['anonymous', 'deactivated'];

describe('workshop and seminar audiences with real people: who joins, who is refused in words', () => {
  let test: TestApp;
  let admin: TestClient;
  let cast: AudienceCast;
  let units: Record<string, string>;
  let bodies: Record<string, string>;

  const clientOf = (who: Who) => (who === 'anonymous' ? cast.anonymous : cast[who].client);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    cast = await audienceCast(test, 'ws');
    units = test.demo.unitIds as Record<string, string>;
    bodies = test.demo.bodyIds as Record<string, string>;
  });
  after(() => test.close());

  const table: Array<{ name: string; settings: () => Record<string, unknown>; allowed: Who[] }> = [
    { name: 'anyone with the code', settings: () => ({ access: 'code' }), allowed: EVERYONE },
    {
      name: 'staff of a unit and the work communities beneath it',
      settings: () => ({ access: 'units', audienceIds: [units['education-and-culture']] }),
      allowed: ['unitStaff', 'subUnitStaff'],
    },
    {
      name: 'staff of a work community only',
      settings: () => ({ access: 'units', audienceIds: [units['basic-education']] }),
      allowed: ['subUnitStaff'],
    },
    {
      name: 'a council-and-board seminar',
      settings: () => ({ kind: 'seminar', access: 'bodies', audienceIds: [bodies.council, bodies.board], noteNames: 'named' }),
      allowed: ['bodyMember'],
    },
  ];

  for (const row of table) {
    it(`${row.name}: ${row.allowed.join(', ')} join; the others are refused`, async () => {
      const workshop = await createWorkshop(test, admin, row.settings());
      for (const who of EVERYONE) {
        const response = await join(clientOf(who), workshop.joinCode);
        if (row.allowed.includes(who)) {
          assert.equal(response.status, 200, `${who}: ${response.text}`);
          continue;
        }
        const expected = VISITORS.includes(who) ? 401 : 403;
        assert.equal(response.status, expected, `${who}: ${response.text}`);
        if (expected === 403) assert.match(detail(response), /vain kutsuttujen toimielinten tai yksiköiden jäsenet/, who);
        const page = await clientOf(who).get(`/fi/join/${workshop.joinCode}`);
        if (VISITORS.includes(who)) assert.match(page.location ?? '', /\/fi\/sign-in\?next=/);
        else assert.equal(page.status, 403, `${who} on the join page`);
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
