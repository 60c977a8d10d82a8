import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedClock } from '../../platform/clock.ts';
import { audienceWorld } from '../../platform/testing/audience-world.ts';
import {
  AUDIENCE_EVERYONE,
  AUDIENCE_ROWS,
  AUDIENCE_STAFF,
  AUDIENCE_VISITORS,
  type AudienceRow,
  type AudienceWho,
  audienceIdsOf,
  castClient,
  createPerson,
  deletedBodyId,
  deletedUnitId,
  refusalStatusOf,
} from '../../platform/testing/people.ts';
import type { TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import type { TestApp } from '../../platform/testing/test-app.ts';
import type { TestResponse } from '../../platform/testing/test-client.ts';
import { createEventWith, registerByApi, registrationsOf, TEST_NOW } from './test-support/event-fixtures.ts';
import { eventBody } from './test-support/rush-event.ts';

const EVERYONE = AUDIENCE_EVERYONE;
const VISITORS = AUDIENCE_VISITORS;
const STAFF = AUDIENCE_STAFF;
type Who = AudienceWho;

/** A row of the shared audience table as the event's details, with the refusal a signed-in outsider reads. */
function eventAudience(test: TestApp, row: AudienceRow): { details: Record<string, unknown>; refusal: RegExp } {
  switch (row.kind) {
    case 'public':
      return { details: { audience: 'public' }, refusal: /^$/ };
    case 'signed-in':
      return { details: { audience: 'signed_in' }, refusal: /^$/ };
    case 'staff':
      return { details: { audience: 'staff' }, refusal: /^$/ };
    case 'units':
      return {
        details: { audience: 'units', audienceUnitIds: audienceIdsOf(test, row) },
        refusal: /vain valittujen yksiköiden ja niiden työyhteisöjen henkilöstölle/,
      };
    case 'bodies':
      return {
        details: { audience: 'bodies', audienceBodyIds: audienceIdsOf(test, row) },
        refusal: /vain valittujen toimielinten jäsenille/,
      };
  }
}

describe('event audiences with real people: who sees and registers, who is refused in words, who is invited', () => {
  const world = audienceWorld('ev', { clock: fixedClock(TEST_NOW), smtp: true });

  const clientOf = (who: Who) => castClient(world.cast, who);
  const detail = (response: TestResponse) => response.json<{ detail: string }>().detail;
  const visitorDetails = (who: Who) =>
    VISITORS.includes(who) ? { name: 'Vierailija', email: `vierailija-${Math.random()}@example.com` } : {};

  for (const row of AUDIENCE_ROWS) {
    it(`open registration for ${row.name}: ${row.allowed.join(', ')} register; the others are refused in words (staff events are not shown to others)`, async () => {
      const { details, refusal } = eventAudience(world.test, row);
      const eventId = await createEventWith(world.admin, world.test, { registrationMode: 'open' }, details);
      const hidden = row.kind === 'staff' || row.kind === 'units';
      for (const who of EVERYONE) {
        const page = await clientOf(who).get(`/fi/events/${eventId}`);
        if (hidden && !STAFF.includes(who)) {
          // Registration answers 404 too ("a staff event" below); not tried here, as every try counts against the address's limit.
          assert.equal(page.status, 404, `${row.name}: ${who} is not shown an event for staff`);
          continue;
        }
        const response = await registerByApi(clientOf(who), eventId, visitorDetails(who));
        if (row.allowed.includes(who)) {
          assert.equal(page.status, 200, `${row.name}, ${who}`);
          assert.equal(response.status, 201, `${row.name}, ${who}: ${response.text}`);
          continue;
        }
        assert.equal(page.status, 200, `${row.name}, ${who} sees the event`);
        const expected = refusalStatusOf(who);
        assert.equal(response.status, expected, `${row.name}, ${who}: ${response.text}`);
        if (expected === 401) {
          assert.match(page.text, /\/fi\/sign-in\?next=/, `${who} is asked to sign in`);
          continue;
        }
        assert.match(detail(response), refusal, who);
        assert.match(page.text, refusal, `${who} is told on the page whom the event is for`);
        assert.doesNotMatch(page.text, /name="attributeValue"|action="\/fi\/events\/[^"]+\/register"/, `${who} gets no form`);
      }
    });
  }

  it('the audience’s refusal is in the person’s language, and the API and the form keep the chosen units', async () => {
    const education = world.units['education-and-culture'] as string;
    const eventId = await createEventWith(
      world.admin,
      world.test,
      { registrationMode: 'open' },
      { audience: 'units', audienceUnitIds: [education] },
    );
    const read = await world.admin.api('GET', `/api/v1/events/${eventId}`);
    assert.deepEqual(read.json<{ audience: string; audienceUnitIds: string[] }>().audienceUnitIds, [education]);
    const swedish = world.test.client({ 'accept-language': 'sv' });
    await swedish.signIn(world.cast.otherStaff.email, 'yleisötestin-salasana');
    const refused = await registerByApi(swedish, eventId, {});
    assert.equal(refused.status, 403);
    assert.match(detail(refused), /endast för personalen i de valda enheterna/);
    const form = await world.admin.get(`/fi/admin/events/${eventId}/edit`);
    for (const audience of ['public', 'signed_in', 'staff', 'units', 'bodies'])
      assert.match(form.text, new RegExp(`<option value="${audience}"`));
    assert.match(form.text, new RegExp(`name="audienceUnitIds\\[\\]" value="${education}"[^>]*checked`));
  });

  it('a staff event: staff of every unit see it and register; residents and council members find nothing', async () => {
    const eventId = await createEventWith(world.admin, world.test, { registrationMode: 'staff' }, { audience: 'staff' });
    for (const who of EVERYONE) {
      const page = await clientOf(who).get(`/fi/events/${eventId}`);
      const response = await registerByApi(clientOf(who), eventId, visitorDetails(who));
      if (STAFF.includes(who)) {
        assert.equal(page.status, 200, who);
        assert.equal(response.status, 201, `${who}: ${response.text}`);
      } else {
        assert.equal(page.status, 404, `${who} is not shown a staff event`);
        assert.equal(response.status, 404, `${who}: ${response.text}`);
      }
    }
  });

  it('staff registration on a public event: a signed-in non-staff person hears that it is for staff, in their language', async () => {
    const eventId = await createEventWith(world.admin, world.test, { registrationMode: 'staff' });
    for (const who of VISITORS) assert.equal((await registerByApi(clientOf(who), eventId, visitorDetails(who))).status, 401, who);
    for (const who of ['resident', 'bodyMember'] as const) {
      const response = await registerByApi(clientOf(who), eventId, {});
      assert.equal(response.status, 403, `${who}: ${response.text}`);
      assert.match(detail(response), /on kaupungin henkilöstölle/);
    }
    const english = world.test.client({ 'accept-language': 'en' });
    await english.signIn(world.cast.resident.email, 'yleisötestin-salasana');
    assert.match(detail(await registerByApi(english, eventId, {})), /for the city’s staff/);
  });

  it('a council seminar by invitation: "invite the body’s members" mails exactly the seats’ people (accounts, and e-mails invited to a seat), who register by their link', async () => {
    const slug = world.test.demo.processSlug as string;
    const seated = await world.admin.api('POST', `/api/v1/processes/${slug}/bodies/${world.bodies.council}/members`, {
      positionTitle: { fi: 'varavaltuutettu' },
      seatRole: 'deputy',
      personEmail: 'ev-kutsuttu-varavaltuutettu@example.com',
    });
    assert.equal(seated.status, 201, seated.text);
    const eventId = await createEventWith(
      world.admin,
      world.test,
      { registrationMode: 'invitation' },
      { audience: 'bodies', audienceBodyIds: [world.bodies.council] },
    );
    const members = await world.test.context.db
      .selectFrom('body_members')
      .innerJoin('users', 'users.id', 'body_members.user_id')
      .select('users.email')
      .where('body_members.body_id', '=', world.bodies.council as string)
      .where('users.deactivated_at', 'is', null)
      .execute();
    const invitedSeats = await world.test.context.db
      .selectFrom('body_members')
      .select('invited_email')
      .where('body_id', '=', world.bodies.council as string)
      .where('user_id', 'is', null)
      .where('invited_email', 'is not', null)
      .execute();
    const expected = [...members.map((row) => row.email), ...invitedSeats.map((row) => row.invited_email as string)].sort();
    assert.ok(expected.includes(world.cast.bodyMember.email));
    assert.ok(expected.includes('ev-kutsuttu-varavaltuutettu@example.com'), 'a seat with an invited e-mail and no account yet is invited');
    assert.ok(!expected.includes(world.cast.deactivated.email), 'a member who left is not invited');
    const before = world.smtp.messages.length;
    const sent = await world.admin.api('POST', `/api/v1/events/${eventId}/invitations`, { bodyId: world.bodies.council, locale: 'fi' });
    assert.equal(sent.status, 201, sent.text);
    assert.equal(sent.json<{ invited: number }>().invited, expected.length);
    await world.smtp.waitForMessage((mail) => mail.to.includes(world.cast.bodyMember.email));
    const invited = await waitForInvitations(world.smtp, eventId, before, expected.length);
    assert.deepEqual(invited.map((mail) => mail.to).sort(), expected);
    const link = invited.find((mail) => mail.to === world.cast.bodyMember.email)?.token as string;
    for (const who of ['resident', 'unitStaff'] as const) {
      const refused = await registerByApi(clientOf(who), eventId, {});
      assert.equal(refused.status, 403, who);
      assert.match(detail(refused), /henkilökohtaisella kutsulinkillä/);
    }
    const registered = await registerByApi(world.cast.bodyMember.client, eventId, { invitationToken: link });
    assert.equal(registered.status, 201, registered.text);
  });

  it('"invite a unit’s staff" mails exactly the people placed in the unit and its work communities', async () => {
    const eventId = await createEventWith(world.admin, world.test, { registrationMode: 'invitation' }, { audience: 'staff' });
    const placed = await world.test.context.db
      .selectFrom('users')
      .select(['email', 'unit_id'])
      .where('organisation_id', '=', world.test.demo.organisationId as string)
      .where('unit_id', 'is not', null)
      .where('deactivated_at', 'is', null)
      .execute();
    const communities = await world.test.context.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', '=', world.units['education-and-culture'] as string)
      .execute();
    const education = new Set([world.units['education-and-culture'], ...communities.map((row) => row.id)]);
    const expected = placed
      .filter((row) => education.has(row.unit_id as string))
      .map((row) => row.email)
      .sort();
    assert.ok(expected.includes(world.cast.unitStaff.email) && expected.includes(world.cast.subUnitStaff.email));
    assert.ok(!expected.includes(world.cast.otherStaff.email) && !expected.includes(world.cast.deactivated.email));
    const before = world.smtp.messages.length;
    const form = await world.admin.get(`/fi/admin/events/${eventId}/invitations`);
    assert.match(form.text, /name="unitId"/);
    const sent = await world.admin.postForm(`/fi/admin/events/${eventId}/invitations`, {
      unitId: world.units['education-and-culture'] as string,
      emails: '',
      locale: 'fi',
    });
    assert.equal(sent.status, 303, sent.text);
    const invited = await waitForInvitations(world.smtp, eventId, before, expected.length);
    assert.deepEqual(invited.map((mail) => mail.to).sort(), expected);
    const stored = await world.test.context.db.selectFrom('event_invitations').select('email').where('event_id', '=', eventId).execute();
    assert.deepEqual(stored.map((row) => row.email).sort(), expected);
  });

  it('an audience or an invitation naming a deleted unit or body is refused with 422', async () => {
    const goneBody = await deletedBodyId(world.test, world.admin);
    const goneUnit = await deletedUnitId(world.admin);
    const slug = world.test.demo.processSlug as string;
    const created = await world.admin.api(
      'POST',
      `/api/v1/processes/${slug}/events`,
      eventBody({ audience: 'bodies', audienceBodyIds: [world.bodies.council, goneBody] }),
    );
    assert.equal(created.status, 422, created.text);
    const forGoneUnit = await world.admin.api(
      'POST',
      `/api/v1/processes/${slug}/events`,
      eventBody({ audience: 'units', audienceUnitIds: [world.units['education-and-culture'], goneUnit] }),
    );
    assert.equal(forGoneUnit.status, 422, forGoneUnit.text);
    assert.ok(forGoneUnit.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'audienceUnitIds'));
    const eventId = await createEventWith(
      world.admin,
      world.test,
      { registrationMode: 'invitation' },
      { audience: 'bodies', audienceBodyIds: [world.bodies.council] },
    );
    const updated = await world.admin.api(
      'PUT',
      `/api/v1/events/${eventId}`,
      eventBody({ audience: 'bodies', audienceBodyIds: [goneBody] }),
    );
    assert.equal(updated.status, 422, updated.text);
    const toGoneUnit = await world.admin.api(
      'PUT',
      `/api/v1/events/${eventId}`,
      eventBody({ audience: 'units', audienceUnitIds: [goneUnit] }),
    );
    assert.equal(toGoneUnit.status, 422, toGoneUnit.text);
    const byUnit = await world.admin.api('POST', `/api/v1/events/${eventId}/invitations`, { unitId: goneUnit, locale: 'fi' });
    assert.equal(byUnit.status, 422, byUnit.text);
    assert.ok(byUnit.json<{ errors: Array<{ field: string }> }>().errors.some((error) => error.field === 'unitId'));
    const byBody = await world.admin.api('POST', `/api/v1/events/${eventId}/invitations`, { bodyId: goneBody, locale: 'fi' });
    assert.equal(byBody.status, 422, byBody.text);
  });

  it('the staff workshop’s registration takes a placed person’s unit from the directory, and asks one who is not placed', async () => {
    const eventId = await createEventWith(
      world.admin,
      world.test,
      { registrationMode: 'staff', capacity: 20, quotaAttribute: 'unit', quotaSplit: 'headcount' },
      { audience: 'staff' },
    );
    const form = await world.cast.subUnitStaff.client.get(`/fi/events/${eventId}`);
    assert.equal(form.status, 200);
    assert.doesNotMatch(form.text, /name="attributeValue"/, 'a placed person is not asked for the unit');
    assert.match(form.text, /Sivistys.*Perusopetus|Perusopetus/);
    const registered = await world.cast.subUnitStaff.client.postForm(`/fi/events/${eventId}/register`, {});
    assert.equal(registered.status, 303, registered.text);
    const row = (await registrationsOf(world.test, eventId)).find((entry) => entry.user_id === world.cast.subUnitStaff.userId);
    assert.equal(row?.attribute_value, world.units['basic-education']);
    const quota = await world.test.context.db
      .selectFrom('event_quotas')
      .select('attribute_value')
      .where('id', '=', row?.quota_id ?? '')
      .executeTakeFirst();
    assert.equal(quota?.attribute_value, world.units['education-and-culture'], 'a work community counts for its unit’s quota');
    const unplaced = await createPerson(world.test, 'ev-sijoittamaton', { roles: ['member'] });
    const asked = await unplaced.client.get(`/fi/events/${eventId}`);
    assert.match(asked.text, /name="attributeValue"/, 'a person not in the directory chooses the unit');
  });
});

/** The invitation mails of one event sent after `from`, with their link tokens, once `count` have arrived. */
async function waitForInvitations(smtp: TestSmtpServer, eventId: string, from: number, count: number) {
  const pattern = new RegExp(`/events/${eventId}/invitations/([A-Za-z0-9_-]+)`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = smtp.messages.slice(from).filter((mail) => pattern.test(mail.text));
    if (mails.length >= count || Date.now() > deadline)
      return mails.map((mail) => ({ to: (mail.to[0] ?? '').toLowerCase(), token: pattern.exec(mail.text)?.[1] ?? '' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
