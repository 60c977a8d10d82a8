import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { fixedClock } from '../../platform/clock.ts';
import { Refusal } from '../../platform/domain/refusal.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/testing/smtp-server.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { createOrganisation } from '../organisations/index.ts';
import { createApiToken } from './commands/create-api-token.ts';
import {
  authenticate,
  createUser,
  deactivateUser,
  INVITATION_VALID_DAYS,
  inviteUser,
  placeUser,
  reactivateUser,
  type StaffContext,
} from './index.ts';
import { hashToken } from './sessions.ts';

const LINK = /(http:\/\/127\.0\.0\.1:\d+)\/(fi|sv|en)\/invitation\/([A-Za-z0-9_-]+)/;
const START = '2026-03-02T08:00:00.000Z';
const PASSWORD = 'a long staff passphrase';

describe('staff directory: placement, invitations, deactivation', () => {
  const clock = fixedClock(START);
  let smtp: TestSmtpServer;
  let test: TestApp;
  let foreignUserId: string;
  let nextAddress = 1;
  const client = () => {
    nextAddress += 1;
    return test.client({ 'x-forwarded-for': `198.51.100.${nextAddress}` });
  };

  before(async () => {
    smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Tarina <no-reply@tarina.test>', log: () => {} });
    test = await startTestApp({ demo: true, clock, mailer, environment: { TRUST_PROXY: '1' } });
    const other = await createOrganisation(
      test.context.db,
      { slug: 'naapurikunta', name: { fi: 'Naapurikunta' }, hosts: ['naapuri.localhost'] },
      clock.now(),
    );
    foreignUserId = await createUser(
      test.context.db,
      other,
      { email: 'foreign@naapuri.invalid', displayName: 'Naapuri', password: PASSWORD, locale: 'fi' },
      clock.now(),
    );
  });
  after(async () => {
    await test.close();
    await smtp.close();
  });

  const db = () => test.context.db;
  const organisationId = () => test.demo.organisationId as string;
  const context = (): StaffContext => test.context;
  const organisationName = { fi: 'Rauman kaupunki', sv: 'Raumo stad', en: 'City of Rauma' };
  let counter = 0;
  /** A fresh person of the demo organisation, with a password, speaking `locale`. */
  async function newPerson(locale: 'fi' | 'sv' | 'en' = 'fi') {
    counter += 1;
    const email = `staff${counter}@demo.tarina.invalid`;
    const id = await createUser(
      db(),
      organisationId(),
      { email, displayName: `Staff ${counter}`, password: PASSWORD, locale },
      clock.now(),
    );
    return { id, email };
  }
  const userRow = (id: string) => db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const units = () => db().selectFrom('units').select(['id', 'kind']).where('organisation_id', '=', organisationId()).execute();
  async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
    try {
      await work;
    } catch (error) {
      assert.ok(error instanceof Refusal, `not a refusal: ${error}`);
      return error;
    }
    assert.fail('was not refused');
  }
  const mailTo = (email: string) => smtp.waitForMessage((mail) => mail.to.includes(email));
  const linkIn = (text: string) => {
    const match = LINK.exec(text);
    assert.ok(match, `no invitation link in: ${text}`);
    return { path: match[0].slice((match[1] ?? '').length), locale: match[2], token: match[3] ?? '' };
  };

  it('places a person in a unit or a work community, and out of any; audits only real changes', async () => {
    const person = await newPerson();
    const all = await units();
    const unit = all.find((row) => row.kind === 'unit');
    const community = all.find((row) => row.kind === 'work_community');
    assert.ok(unit && community, 'the demo has units and work communities');
    await placeUser(context(), { organisationId: organisationId(), userId: person.id, unitId: unit.id, actorId: null });
    assert.equal((await userRow(person.id)).unit_id, unit.id);
    await placeUser(context(), { organisationId: organisationId(), userId: person.id, unitId: community.id, actorId: null });
    assert.equal((await userRow(person.id)).unit_id, community.id);
    await placeUser(context(), { organisationId: organisationId(), userId: person.id, unitId: community.id, actorId: null });
    await placeUser(context(), { organisationId: organisationId(), userId: person.id, unitId: null, actorId: null });
    assert.equal((await userRow(person.id)).unit_id, null);
    const audits = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'accounts.user.place')
      .where('subject_id', '=', person.id)
      .orderBy('created_at')
      .execute();
    assert.equal(audits.length, 3, 'placing where the person already is records nothing');
  });

  it('refuses an unknown unit at its field, and another organisation’s user as not found', async () => {
    const person = await newPerson();
    const unknown = await refusalOf(
      placeUser(context(), { organisationId: organisationId(), userId: person.id, unitId: 'no-such-unit', actorId: null }),
    );
    assert.equal(unknown.kind, 'invalid');
    assert.deepEqual(unknown.fieldErrors, { unitId: { key: 'accounts.placement.unknownUnit' } });
    const unit = (await units())[0];
    assert.ok(unit);
    const foreign = await refusalOf(
      placeUser(context(), { organisationId: organisationId(), userId: foreignUserId, unitId: unit.id, actorId: null }),
    );
    assert.equal(foreign.kind, 'not-found');
    assert.equal(
      (await refusalOf(deactivateUser(context(), { organisationId: organisationId(), userId: foreignUserId, actorId: null }))).kind,
      'not-found',
    );
    assert.equal((await userRow(foreignUserId)).deactivated_at, null);
  });

  it('deactivates: no sign-in (told only after the right password), sessions and API tokens stop; reactivates', async () => {
    const person = await newPerson();
    const browser = client();
    await browser.signIn(person.email, PASSWORD);
    assert.equal((await browser.get('/fi/account')).status, 200);
    const { token } = await createApiToken(db(), { organisationId: organisationId(), userId: person.id }, 'robot', clock.now());
    assert.equal((await client().api('GET', '/api/v1/me', undefined, { token })).status, 200);

    await deactivateUser(context(), { organisationId: organisationId(), userId: person.id, actorId: null });
    assert.ok((await userRow(person.id)).deactivated_at);
    assert.equal((await browser.get('/fi/account')).status, 303, 'the session no longer counts');
    assert.equal((await client().api('GET', '/api/v1/me', undefined, { token })).status, 401);
    assert.equal(await authenticate(db(), organisationId(), person.email, PASSWORD, clock.now()), null);

    const right = await client().postForm('/en/sign-in', { email: person.email, password: PASSWORD });
    assert.equal(right.status, 422);
    assert.match(right.text, /This account can no longer sign in/);
    const wrong = await client().postForm('/en/sign-in', { email: person.email, password: 'not the password at all' });
    const unknown = await client().postForm('/en/sign-in', { email: 'nobody@demo.tarina.invalid', password: 'not the password at all' });
    assert.equal(wrong.status, 422);
    assert.doesNotMatch(wrong.text, /no longer sign in/, 'a wrong password learns nothing of the deactivation');
    assert.match(wrong.text, /The e-mail address or password is wrong/);
    assert.match(unknown.text, /The e-mail address or password is wrong/);

    const reset = await client().postForm('/fi/password-reset', { email: person.email });
    assert.equal(reset.status, 200, 'the reset form answers as for anyone');
    const resets = await db().selectFrom('password_resets').select('id').where('user_id', '=', person.id).execute();
    assert.equal(resets.length, 0, 'a deactivated person gets no reset link');

    await reactivateUser(context(), { organisationId: organisationId(), userId: person.id, actorId: null });
    assert.equal((await userRow(person.id)).deactivated_at, null);
    assert.equal((await client().api('GET', '/api/v1/me', undefined, { token })).status, 200);
    await client().signIn(person.email, PASSWORD);
  });

  it('refuses deactivating oneself and the last active admin', async () => {
    const adminId = test.demo.adminUserId as string;
    const self = await refusalOf(deactivateUser(context(), { organisationId: organisationId(), userId: adminId, actorId: adminId }));
    assert.equal(self.kind, 'conflict');
    assert.equal(self.messageKey, 'accounts.status.notSelf');
    const admins = await db()
      .selectFrom('role_grants')
      .select('user_id')
      .where('organisation_id', '=', organisationId())
      .where('role', '=', 'org_admin')
      .where('scope_type', '=', 'organisation')
      .execute();
    assert.deepEqual(
      admins.map((row) => row.user_id),
      [adminId],
      'the demo has one admin',
    );
    const last = await refusalOf(deactivateUser(context(), { organisationId: organisationId(), userId: adminId, actorId: null }));
    assert.equal(last.messageKey, 'accounts.status.lastAdmin');
    assert.equal((await userRow(adminId)).deactivated_at, null);
  });

  it('mails an invitation in the person’s language whose link sets the password and signs in, once', async () => {
    const person = await newPerson('sv');
    await db().updateTable('users').set({ password_hash: null }).where('id', '=', person.id).execute();
    await inviteUser(context(), {
      organisationId: organisationId(),
      organisationName,
      userId: person.id,
      actorId: null,
      baseUrl: test.baseUrl,
    });
    const mail = await mailTo(person.email);
    assert.equal(mail.subject, 'Inbjudan att logga in – Raumo stad');
    assert.match(mail.text, /gäller i 7 dagar/);
    const link = linkIn(mail.text);
    assert.equal(link.locale, 'sv');
    const row = await db().selectFrom('account_invitations').selectAll().where('id', '=', hashToken(link.token)).executeTakeFirstOrThrow();
    assert.equal(Date.parse(row.expires_at) - Date.parse(START), INVITATION_VALID_DAYS * 86_400_000);
    assert.equal(JSON.stringify(await db().selectFrom('account_invitations').selectAll().execute()).includes(link.token), false);

    const browser = client();
    const form = await browser.get(link.path);
    assert.equal(form.status, 200);
    assert.match(form.text, new RegExp(person.email.replace(/\./g, '\\.')));
    const short = await browser.postForm(link.path, { password: 'short' });
    assert.equal(short.status, 422, 'a too short password is refused at its field, the link still works');
    const done = await browser.postForm(link.path, { password: PASSWORD });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/sv/account');
    assert.equal((await browser.get('/sv/account')).status, 200, 'signed in');
    assert.ok(await authenticate(db(), organisationId(), person.email, PASSWORD, clock.now()));

    const again = await client().get(link.path);
    assert.equal(again.status, 410);
    assert.match(again.text, /Inbjudan har redan använts/);
    assert.equal((await client().postForm(link.path, { password: 'another long passphrase' })).status, 410);
    assert.ok(await authenticate(db(), organisationId(), person.email, PASSWORD, clock.now()), 'the used link changed nothing');
  });

  it('answers an unknown, malformed or another organisation’s link 404 and an expired one 410, never 500', async () => {
    assert.equal((await client().get('/fi/invitation/abcdefghijklmnopqrstuvwxyz012345')).status, 404);
    assert.equal((await client().get('/fi/invitation/short')).status, 404);
    assert.equal((await client().get(`/fi/invitation/${'x'.repeat(500)}`)).status, 404);
    assert.equal((await client().postForm('/fi/invitation/abcdefghijklmnopqrstuvwxyz012345', { password: PASSWORD })).status, 404);

    const person = await newPerson('en');
    await inviteUser(context(), {
      organisationId: organisationId(),
      organisationName,
      userId: person.id,
      actorId: null,
      baseUrl: test.baseUrl,
    });
    const link = linkIn((await mailTo(person.email)).text);
    const foreign = await test.client({ host: 'naapuri.localhost' }).get(link.path);
    assert.equal(foreign.status, 404, 'another organisation’s host does not know the link');

    await db().updateTable('account_invitations').set({ expires_at: START }).where('id', '=', hashToken(link.token)).execute();
    const expired = await client().get(link.path);
    assert.equal(expired.status, 410);
    assert.match(expired.text, /The invitation has expired/);
    assert.equal((await client().postForm(link.path, { password: PASSWORD })).status, 410);
  });

  it('refuses inviting a deactivated person, and retires their pending invitation on deactivation', async () => {
    const person = await newPerson('fi');
    await inviteUser(context(), {
      organisationId: organisationId(),
      organisationName,
      userId: person.id,
      actorId: null,
      baseUrl: test.baseUrl,
    });
    const link = linkIn((await mailTo(person.email)).text);
    await deactivateUser(context(), { organisationId: organisationId(), userId: person.id, actorId: null });
    assert.equal((await client().get(link.path)).status, 410);
    const refused = await refusalOf(
      inviteUser(context(), {
        organisationId: organisationId(),
        organisationName,
        userId: person.id,
        actorId: null,
        baseUrl: test.baseUrl,
      }),
    );
    assert.equal(refused.kind, 'conflict');
    assert.equal(refused.messageKey, 'accounts.invitation.deactivated');
  });

  it('signs the demo admin in as before', async () => {
    await client().signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
  });
});
