import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createMailer } from '../../../platform/mail/mailer.ts';
import { actionPath, currentValues, postForms } from '../../../platform/testing/html-forms.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';
import { createOrganisation } from '../../organisations/index.ts';
import { eraseProcessesPersonalData, exportProcessesPersonalData, listBodyMemberPeople } from '../body-member-accounts.ts';

const SLUG = 'rauman-tarina';
const API = `/api/v1/processes/${SLUG}`;
const PASSWORD = 'istuinpaikka-2013';

/** The page's form that posts to a path ending in `suffix` (the layout has others: sign-out, language). */
function formTo(html: string, suffix: string) {
  const form = postForms(html).find((candidate) => actionPath(candidate).endsWith(suffix));
  assert.ok(form, `no form posting to …${suffix}`);
  return form;
}

/** Where the sign-up form posts, its query included. */
function signUpAction(html: string): string {
  const form = postForms(html).find((candidate) => actionPath(candidate).endsWith('/sign-up'));
  assert.ok(form, 'no sign-up form');
  return form.getAttribute('action') ?? '';
}

interface Seat {
  id: string;
  seatRole: string;
  personUserId: string | null;
  personEmail: string | null;
  personName: string | null;
  invitedEmail: string | null;
  namePublicConsent: boolean;
}
interface Problem {
  status: number;
  errors?: Array<{ field: string; message: string }>;
}
interface PublicBody {
  id: string;
  members: Array<{ id: string; personName: string | null; seatRole: string }>;
}

describe('people in the seats of a body', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let processId: string;
  let councilId: string;
  let groupId: string;
  let councillorId: string;
  let plannerId: string;

  const organisationId = () => test.demo.organisationId as string;
  const fields = (response: { json<T>(): T }) => (response.json<Problem>().errors ?? []).map((error) => error.field);

  async function addSeat(bodyId: string, body: Record<string, unknown>) {
    return admin.api('POST', `${API}/bodies/${bodyId}/members`, { positionTitle: { fi: 'Jäsen' }, ...body });
  }

  async function publicBody(bodyId: string): Promise<PublicBody> {
    const response = await test.client().api('GET', `${API}/bodies?limit=100`);
    assert.equal(response.status, 200);
    const body = response.json<{ items: PublicBody[] }>().items.find((item) => item.id === bodyId);
    assert.ok(body);
    return body;
  }

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@example.com>', log: () => {} });
    test = await startTestApp({ demo: true, mailer });
    admin = await test.adminClient();
    processId = test.demo.processId as string;
    const now = new Date();
    councillorId = await createUser(
      test.context.db,
      organisationId(),
      { email: 'valtuutettu@example.com', displayName: 'Veera Valtuutettu', password: PASSWORD, locale: 'fi' },
      now,
    );
    plannerId = await createUser(
      test.context.db,
      organisationId(),
      { email: 'suunnittelija@example.com', displayName: 'Sakari Suunnittelija', password: PASSWORD, locale: 'fi' },
      now,
    );
    const council = await admin.api('POST', `${API}/bodies`, { kind: 'council', name: { fi: 'Testivaltuusto' } });
    const group = await admin.api('POST', `${API}/bodies`, { kind: 'project_group', name: { fi: 'Testiprojektiryhmä' } });
    assert.equal(council.status, 201);
    assert.equal(group.status, 201);
    councilId = council.json<{ id: string }>().id;
    groupId = group.json<{ id: string }>().id;
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  it('links an existing account found by e-mail, or by id, and keeps the seat role', async () => {
    const byEmail = await addSeat(councilId, { seatRole: 'chair', personEmail: ' Valtuutettu@Example.com ' });
    assert.equal(byEmail.status, 201);
    const seat = byEmail.json<Seat>();
    assert.deepEqual(
      [seat.seatRole, seat.personUserId, seat.personName, seat.invitedEmail],
      ['chair', councillorId, 'Veera Valtuutettu', null],
    );
    const byId = await addSeat(groupId, { personUserId: plannerId });
    assert.equal(byId.status, 201);
    assert.equal(byId.json<Seat>().personUserId, plannerId);
    assert.equal(byId.json<Seat>().seatRole, 'member');
    const people = await listBodyMemberPeople(test.context, organisationId(), [councilId, groupId]);
    assert.deepEqual(people.userIds, [councillorId, plannerId].sort());
  });

  it('refuses an unknown or another organisation’s user and a malformed e-mail with 422, an unknown seat with 404', async () => {
    const unknown = await addSeat(groupId, { personUserId: 'no-such-user' });
    assert.equal(unknown.status, 422);
    assert.deepEqual(fields(unknown), ['personUserId']);
    const other = await createOrganisation(
      test.context.db,
      { slug: 'naapurikunta', name: { fi: 'Naapurikunta' }, hosts: ['naapuri.example'] },
      new Date(),
    );
    const foreignUser = await createUser(
      test.context.db,
      other,
      { email: 'vieras@example.com', displayName: 'Vieras Henkilö', password: PASSWORD, locale: 'fi' },
      new Date(),
    );
    const foreign = await addSeat(groupId, { personUserId: foreignUser });
    assert.equal(foreign.status, 422);
    assert.deepEqual(fields(foreign), ['personUserId']);
    // Another organisation's address is no account here: it is invited, not linked.
    const foreignByEmail = await addSeat(groupId, { personEmail: 'vieras@example.com' });
    assert.equal(foreignByEmail.status, 201);
    assert.equal(foreignByEmail.json<Seat>().personUserId, null);
    assert.equal(foreignByEmail.json<Seat>().invitedEmail, 'vieras@example.com');
    const malformed = await addSeat(groupId, { personEmail: 'ei-osoite' });
    assert.equal(malformed.status, 422);
    assert.deepEqual(fields(malformed), ['personEmail']);
    const badRole = await addSeat(groupId, { seatRole: 'king' });
    assert.equal(badRole.status, 422);
    assert.deepEqual(fields(badRole), ['seatRole']);
    const missing = await admin.api('PATCH', `${API}/bodies/${groupId}/members/no-such-seat`, { seatRole: 'deputy' });
    assert.equal(missing.status, 404);
    const form = await admin.postForm(`/en/admin/processes/${processId}/bodies/${groupId}/members/new`, {
      'positionTitle.fi': 'Sihteeri',
      personEmail: 'not-an-address',
    });
    assert.equal(form.status, 422);
    assert.match(form.text, /Enter an e-mail address like name@example.com\./);
  });

  it('invites an e-mail without an account by mail; the link is used once, then a clear page, never a 500', async () => {
    const form = await admin.postForm(`/sv/admin/processes/${processId}/bodies/${groupId}/members/new`, {
      'positionTitle.fi': 'Asukasedustaja',
      'positionTitle.sv': 'Invånarrepresentant',
      seatRole: 'deputy',
      personEmail: 'uusi.jasen@example.com',
    });
    assert.equal(form.status, 303);
    const mail = await smtp.waitForMessage((message) => message.to.includes('uusi.jasen@example.com'));
    assert.match(mail.subject, /^Inbjudan: Invånarrepresentant, Testiprojektiryhmä/);
    const link = /https?:\/\/\S+\/sv\/seat-invitations\/([A-Za-z0-9_-]+)/.exec(mail.text);
    assert.ok(link, mail.text);
    const token = link[1] as string;
    const path = `/sv/seat-invitations/${token}`;
    const stored = await test.context.db.selectFrom('body_seat_invitations').select('id').execute();
    assert.ok(
      stored.every((row) => row.id !== token),
      'only the SHA-256 of the token is kept',
    );

    const visitor = await test.client().get(path);
    assert.equal(visitor.status, 200);
    assert.match(visitor.text, /Logga in/);
    assert.match(visitor.text, /next=%2Fsv%2Fseat-invitations%2F/);

    const newcomerId = await createUser(
      test.context.db,
      organisationId(),
      { email: 'uusi.jasen@example.com', displayName: 'Uuno Uusi', password: PASSWORD, locale: 'sv' },
      new Date(),
    );
    const newcomer = test.client();
    await newcomer.signIn('uusi.jasen@example.com', PASSWORD);
    const offer = await newcomer.get(path);
    assert.equal(offer.status, 200);
    assert.deepEqual(currentValues(formTo(offer.text, `/seat-invitations/${token}`), 'namePublic'), []);
    const accepted = await newcomer.postForm(path, { namePublic: 'true' });
    assert.equal(accepted.status, 303);
    assert.match(accepted.headers.get('location') ?? '', /\/sv\/account\/seats$/);

    const seat = (await listBodyMemberPeople(test.context, organisationId(), [groupId])).userIds;
    assert.ok(seat.includes(newcomerId));
    const row = await test.context.db
      .selectFrom('body_members')
      .select(['invited_email', 'name_public_consent', 'seat_role'])
      .where('user_id', '=', newcomerId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { invited_email: null, name_public_consent: 1, seat_role: 'deputy' });

    const again = await newcomer.get(path);
    assert.equal(again.status, 410);
    assert.match(again.text, /redan använts/);
    const postAgain = await newcomer.postForm(path, {});
    assert.equal(postAgain.status, 410);
    const apiAgain = await newcomer.api('POST', `/api/v1/seat-invitations/${token}/accept`, { namePublic: false });
    assert.equal(apiAgain.status, 410);
    for (const bad of ['x', '<script>', `${token.slice(0, -2)}zz`]) {
      const response = await test.client().get(`/fi/seat-invitations/${encodeURIComponent(bad)}`);
      assert.equal(response.status, 404, bad);
      assert.match(response.text, /Kutsulinkkiä ei löydy/);
      assert.doesNotMatch(response.text, /<script>/);
    }
    assert.equal((await test.client().get(`/fi/seat-invitations/${'a'.repeat(500)}`)).status, 404);
  });

  it('brings a person without an account from the invitation through sign-up back to the invitation (only a local path)', async () => {
    const added = await addSeat(groupId, { personEmail: 'uusi.tili@example.com', seatRole: 'member' });
    assert.equal(added.status, 201);
    const mail = await smtp.waitForMessage((message) => message.to.includes('uusi.tili@example.com'));
    const token = /seat-invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    const path = `/en/seat-invitations/${token}`;
    const visitor = test.client();
    const offer = parse((await visitor.get(path)).text);
    const signUpLink = offer.querySelectorAll('a').find((a) => (a.getAttribute('href') ?? '').includes('/sign-up?next='));
    assert.ok(signUpLink, 'the invitation links to sign-up with the way back');
    const signUpPage = await visitor.get(signUpLink.getAttribute('href') as string);
    assert.equal(signUpPage.status, 200);
    const action = signUpAction(signUpPage.text);
    assert.equal(action, `/en/sign-up?next=${encodeURIComponent(path)}`);
    const typed = { email: 'uusi.tili@example.com', displayName: 'Tiina Tili', password: PASSWORD };
    // A refused form keeps the way back.
    const refused = await visitor.postForm(action, { ...typed, password: 'x' });
    assert.equal(refused.status, 422);
    assert.equal(signUpAction(refused.text), action);
    const created = await visitor.postForm(action, typed);
    assert.equal(created.status, 303);
    assert.equal(created.headers.get('location'), path);
    const back = await visitor.get(path);
    assert.equal(back.status, 200);
    assert.equal((await visitor.postForm(path, {})).status, 303);
    const seat = await test.context.db
      .selectFrom('body_members')
      .select(['user_id', 'invited_email'])
      .where('id', '=', added.json<Seat>().id)
      .executeTakeFirstOrThrow();
    assert.equal(seat.invited_email, null);
    assert.ok(seat.user_id);

    for (const [index, unsafe] of ['//evil.example/x', 'https://evil.example/', '/\tevil', '/\t/evil.example', '\\evil'].entries()) {
      const stranger = test.client();
      const response = await stranger.postForm(`/fi/sign-up?next=${encodeURIComponent(unsafe)}`, {
        email: `muu${index}@example.com`,
        displayName: 'Muu',
        password: PASSWORD,
      });
      assert.equal(response.status, 303, unsafe);
      assert.equal(response.headers.get('location'), '/fi/account', unsafe);
    }
  });

  it('lets a manager send an invitation again: a new link by mail, the old one void; nothing to send for a linked seat (409)', async () => {
    const added = await addSeat(groupId, { personEmail: 'hukassa@example.com' });
    const seatId = added.json<Seat>().id;
    const tokenIn = (mail: { text: string }) => /seat-invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    const first = tokenIn(await smtp.waitForMessage((mail) => mail.to.includes('hukassa@example.com')));
    const editPath = `/fi/admin/processes/${processId}/bodies/${groupId}/members/${seatId}`;
    const edit = await admin.get(editPath);
    const resendForm = formTo(edit.text, `/members/${seatId}/invitation`);
    assert.match(edit.text, /Kutsu on lähetetty osoitteeseen hukassa@example.com/);
    const resent = await admin.postForm(actionPath(resendForm), {});
    assert.equal(resent.status, 303);
    assert.match((await admin.get(resent.headers.get('location') as string)).text, /Uusi kutsu lähetettiin sähköpostilla/);
    const second = tokenIn(await smtp.waitForMessage((mail) => mail.to.includes('hukassa@example.com') && tokenIn(mail) !== first));
    assert.notEqual(second, first);
    assert.equal((await test.client().get(`/fi/seat-invitations/${first}`)).status, 404, 'the old link is void');
    assert.equal((await test.client().get(`/fi/seat-invitations/${second}`)).status, 200);
    // The API alike: 204, and again a new link.
    assert.equal((await admin.api('POST', `${API}/bodies/${groupId}/members/${seatId}/invitation`)).status, 204);
    assert.equal((await test.client().get(`/fi/seat-invitations/${second}`)).status, 404);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'processes.seatInvitation.resend')
      .where('subject_id', '=', seatId)
      .execute();
    assert.equal(audit.length, 2);
    // A seat linked to an account has no invitation to send; a visitor may not send one.
    const linked = await addSeat(groupId, { personUserId: plannerId });
    const linkedId = linked.json<Seat>().id;
    const refused = await admin.api('POST', `${API}/bodies/${groupId}/members/${linkedId}/invitation`);
    assert.equal(refused.status, 409);
    assert.doesNotMatch((await admin.get(`/fi/admin/processes/${processId}/bodies/${groupId}/members/${linkedId}`)).text, /\/invitation"/);
    assert.equal((await test.client().api('POST', `${API}/bodies/${groupId}/members/${seatId}/invitation`)).status, 401);
    assert.equal((await admin.api('POST', `${API}/bodies/${groupId}/members/no-such-seat/invitation`)).status, 404);
    await admin.api('DELETE', `${API}/bodies/${groupId}/members/${linkedId}`);
  });

  it('says an expired invitation has expired (410) and refuses to accept it', async () => {
    const added = await addSeat(groupId, { personEmail: 'myohassa@example.com' });
    assert.equal(added.status, 201);
    const mail = await smtp.waitForMessage((message) => message.to.includes('myohassa@example.com'));
    const token = /seat-invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] as string;
    assert.match(mail.subject, /^Kutsu: Jäsen, Testiprojektiryhmä/);
    await test.context.db
      .updateTable('body_seat_invitations')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('email', '=', 'myohassa@example.com')
      .execute();
    const page = await test.client().get(`/en/seat-invitations/${token}`);
    assert.equal(page.status, 410);
    assert.match(page.text, /This invitation link has expired/);
    const user = test.client();
    await createUser(
      test.context.db,
      organisationId(),
      { email: 'myohassa@example.com', displayName: 'Myöhäinen', password: PASSWORD, locale: 'en' },
      new Date(),
    );
    await user.signIn('myohassa@example.com', PASSWORD);
    assert.equal((await user.postForm(`/en/seat-invitations/${token}`, {})).status, 410);
    assert.equal((await user.api('POST', `/api/v1/seat-invitations/${token}/accept`, {})).status, 410);
  });

  it('shows a name on the public chart only with the person’s consent or when the seat is public by law (council), page and API alike', async () => {
    const council = await publicBody(councilId);
    const chair = council.members.find((member) => member.seatRole === 'chair');
    assert.equal(chair?.personName, 'Veera Valtuutettu');
    const group = await publicBody(groupId);
    assert.ok(group.members.every((member) => member.personName !== 'Sakari Suunnittelija'));
    assert.ok(
      group.members.some((member) => member.personName === 'Uuno Uusi'),
      'consented on acceptance',
    );
    const before = await test.client().get(`/fi/processes/${SLUG}/organisation`);
    assert.match(before.text, /Veera Valtuutettu/);
    assert.doesNotMatch(before.text, /Sakari Suunnittelija/);
    assert.match(before.text, /puheenjohtaja/);

    const planner = test.client();
    await planner.signIn('suunnittelija@example.com', PASSWORD);
    const own = await planner.get('/fi/account/seats');
    assert.equal(own.status, 200);
    const seatId = /\/account\/seats\/([^"/]+)/.exec(own.text)?.[1] as string;
    assert.deepEqual(currentValues(formTo(own.text, `/account/seats/${seatId}`), 'namePublic'), []);
    assert.equal((await planner.postForm(`/fi/account/seats/${seatId}`, { namePublic: 'true' })).status, 303);
    const consented = await planner.get('/fi/account/seats');
    assert.deepEqual(currentValues(formTo(consented.text, `/account/seats/${seatId}`), 'namePublic'), ['true']);
    assert.ok((await publicBody(groupId)).members.some((member) => member.personName === 'Sakari Suunnittelija'));
    assert.match((await test.client().get(`/fi/processes/${SLUG}/organisation`)).text, /Sakari Suunnittelija/);

    assert.equal((await planner.api('PUT', `/api/v1/me/seats/${seatId}`, { namePublic: false })).status, 204);
    assert.ok((await publicBody(groupId)).members.every((member) => member.personName !== 'Sakari Suunnittelija'));
    assert.doesNotMatch((await test.client().get(`/fi/processes/${SLUG}/organisation`)).text, /Sakari Suunnittelija/);
    // Someone else's seat is not theirs to choose about.
    const councilSeat = chair?.id as string;
    assert.equal((await planner.api('PUT', `/api/v1/me/seats/${councilSeat}`, { namePublic: true })).status, 404);
    assert.equal((await test.client().api('PUT', `/api/v1/me/seats/${seatId}`, { namePublic: true })).status, 401);
  });

  it('shows a council member’s new name and hides a deactivated person on the cached organisation chart at once', async () => {
    const chart = `/fi/processes/${SLUG}/organisation`;
    assert.match((await test.client().get(chart)).text, /Veera Valtuutettu/);
    assert.match((await test.client().get(chart)).text, /Veera Valtuutettu/, 'the second visit is served from the cache');
    const councillor = test.client();
    await councillor.signIn('valtuutettu@example.com', PASSWORD);
    const renamed = await councillor.postForm('/fi/account/profile', { displayName: 'Veera Virtanen', locale: 'fi' });
    assert.equal(renamed.status, 303);
    const afterRename = (await test.client().get(chart)).text;
    assert.match(afterRename, /Veera Virtanen/);
    assert.doesNotMatch(afterRename, /Veera Valtuutettu/);
    assert.equal((await admin.postForm(`/fi/admin/users/${councillorId}/deactivate`, {})).status, 303);
    assert.doesNotMatch((await test.client().get(chart)).text, /Veera Virtanen/);
    assert.equal((await admin.postForm(`/fi/admin/users/${councillorId}/reactivate`, {})).status, 303);
    assert.match((await test.client().get(chart)).text, /Veera Virtanen/);
  });

  it('keeps every field of the seat form when it is opened again', async () => {
    const added = await addSeat(groupId, { personEmail: 'pysyva@example.com', seatRole: 'secretary' });
    const seatId = added.json<Seat>().id;
    const path = `/fi/admin/processes/${processId}/bodies/${groupId}/members/${seatId}`;
    const form = formTo((await admin.get(path)).text, `/members/${seatId}`);
    assert.deepEqual(currentValues(form, 'seatRole'), ['secretary']);
    assert.deepEqual(currentValues(form, 'personEmail'), ['pysyva@example.com']);
    const saved = await admin.postForm(path, {
      'positionTitle.fi': 'Pöytäkirjanpitäjä',
      seatRole: 'chair',
      personEmail: 'valtuutettu@example.com',
    });
    assert.equal(saved.status, 303);
    const again = formTo((await admin.get(path)).text, `/members/${seatId}`);
    assert.deepEqual(currentValues(again, 'positionTitle.fi'), ['Pöytäkirjanpitäjä']);
    assert.deepEqual(currentValues(again, 'seatRole'), ['chair']);
    assert.deepEqual(currentValues(again, 'personEmail'), ['valtuutettu@example.com']);
    // A PATCH of the title alone keeps the person.
    const patched = await admin.api('PATCH', `${API}/bodies/${groupId}/members/${seatId}`, { positionTitle: { fi: 'Kirjuri' } });
    assert.equal(patched.status, 200);
    assert.equal(patched.json<Seat>().personUserId, councillorId);
    const vacated = await admin.api('PATCH', `${API}/bodies/${groupId}/members/${seatId}`, { personEmail: null });
    assert.equal(vacated.json<Seat>().personUserId, null);
    assert.equal(vacated.json<Seat>().personEmail, null);
  });

  it('gives "invite the body’s members" the linked accounts and the invited e-mails', async () => {
    const people = await listBodyMemberPeople(test.context, organisationId(), [groupId]);
    assert.ok(people.userIds.includes(plannerId));
    assert.ok(people.invitedEmails.includes('vieras@example.com'));
    assert.ok(!people.invitedEmails.includes('uusi.jasen@example.com'), 'an accepted invitation is an account now');
  });

  it('exports a person’s seats and empties them when the account is deleted', async () => {
    const exported = (await exportProcessesPersonalData(test.context, { organisationId: organisationId(), userId: plannerId })) as {
      seats: Array<{ seatRole: string; namePublicConsent: boolean }>;
    };
    assert.equal(exported.seats.length, 1);
    await test.context.db
      .transaction()
      .execute((trx) =>
        eraseProcessesPersonalData(trx, { organisationId: organisationId(), userId: plannerId, email: 'suunnittelija@example.com' }),
      );
    const people = await listBodyMemberPeople(test.context, organisationId(), [groupId, councilId]);
    assert.ok(!people.userIds.includes(plannerId));
    const page = parse((await test.client().get(`/fi/processes/${SLUG}/organisation`)).text);
    assert.ok(!page.text.includes('Sakari Suunnittelija'));
  });
});
