import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../demo.ts';
import { newId } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { authenticate } from './index.ts';

const PASSWORD = DEMO_ADMIN.password;

describe('the account page', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  const db = () => test.context.db;
  const organisationId = () => test.demo.organisationId as string;
  const userIdOf = async (email: string) =>
    (await db().selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

  /** Signs in through the form of the given language (each language's form has its own rate limit). */
  async function signedIn(email: string, locale = 'fi'): Promise<TestClient> {
    const client = test.client();
    const response = await client.postForm(`/${locale}/sign-in`, { email, password: PASSWORD });
    assert.equal(response.status, 303, `sign-in of ${email} failed`);
    client.resetCsrf();
    return client;
  }

  it('sends a visitor to sign in first', async () => {
    const response = await test.client().get('/fi/account');
    assert.equal(response.status, 303);
    assert.equal(response.location, `/fi/sign-in?next=${encodeURIComponent('/fi/account')}`);
  });

  it('saves the display name and language, and continues in the chosen language', async () => {
    const client = await signedIn('resident@demo.tarina.invalid');
    const page = await client.get('/fi/account');
    assert.equal(page.status, 200);
    assert.match(page.text, /resident@demo\.tarina\.invalid/);
    assert.match(page.text, /value="Raumalainen"/);
    assert.match(page.text, /href="\/fi\/account\/seats"/, 'the account page leads to one’s seats in bodies');
    const saved = await client.postForm('/fi/account/profile', { displayName: 'Lönnrotinkadun asukas', locale: 'sv' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, '/sv/account');
    const after = await client.get('/sv/account');
    assert.match(after.text, /Dina uppgifter har sparats/);
    assert.match(after.text, /value="Lönnrotinkadun asukas"/);
    const row = await db()
      .selectFrom('users')
      .select(['display_name', 'locale'])
      .where('email', '=', 'resident@demo.tarina.invalid')
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { display_name: 'Lönnrotinkadun asukas', locale: 'sv' });
  });

  it('answers a bad profile with 422, keeps what was typed and saves nothing', async () => {
    const client = await signedIn('resident@demo.tarina.invalid', 'en');
    const tooLong = 'x'.repeat(81);
    const response = await client.postForm('/en/account/profile', { displayName: tooLong, locale: 'de' });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, /Write at most 80 characters/);
    assert.match(response.text, /Choose one of the given options/);
    assert.match(response.text, new RegExp(`value="${tooLong}"`));
    const row = await db()
      .selectFrom('users')
      .select('display_name')
      .where('email', '=', 'resident@demo.tarina.invalid')
      .executeTakeFirstOrThrow();
    assert.equal(row.display_name, 'Lönnrotinkadun asukas');
  });

  it('changes the password only with the right current one, then ends the other sessions', async () => {
    const here = await signedIn('manager@demo.tarina.invalid');
    const there = await signedIn('manager@demo.tarina.invalid', 'sv');
    const wrong = await here.postForm('/fi/account/password', { currentPassword: 'not my password', newPassword: 'a new long passphrase' });
    assert.equal(wrong.status, 422);
    assert.match(wrong.text, /Nykyinen salasana on väärin/);
    const short = await here.postForm('/fi/account/password', { currentPassword: PASSWORD, newPassword: 'short' });
    assert.equal(short.status, 422);
    assert.match(short.text, /Kirjoita vähintään 12 merkkiä/);
    const now = test.context.clock.now();
    assert.ok(await authenticate(db(), organisationId(), 'manager@demo.tarina.invalid', PASSWORD, now), 'nothing changed yet');

    const changed = await here.postForm('/fi/account/password', { currentPassword: PASSWORD, newPassword: 'a new long passphrase' });
    assert.equal(changed.status, 303);
    assert.match((await here.get('/fi/account')).text, /Salasanasi on vaihdettu/);
    assert.equal((await there.get('/sv/account')).status, 303, 'the other session has ended');
    assert.ok(await authenticate(db(), organisationId(), 'manager@demo.tarina.invalid', 'a new long passphrase', now));
  });

  it('lists the active sessions and signs out everywhere else', async () => {
    const first = await signedIn('facilitator@demo.tarina.invalid');
    const second = await signedIn('facilitator@demo.tarina.invalid');
    const third = await signedIn('facilitator@demo.tarina.invalid', 'en');
    const page = await first.get('/fi/account');
    assert.equal(page.text.match(/Tämä selain/g)?.length, 1);
    assert.match(page.text, /Kirjaudu ulos kaikkialta muualta \(2 kirjautumista\)/);
    const ended = await first.postForm('/fi/account/sessions/end-others', {});
    assert.equal(ended.status, 303);
    assert.equal((await second.get('/fi/account')).status, 303);
    assert.equal((await third.get('/en/account')).status, 303);
    const after = await first.get('/fi/account');
    assert.equal(after.status, 200);
    assert.match(after.text, /Sinut on kirjattu ulos kaikkialta muualta/);
    assert.match(after.text, /Et ole kirjautuneena muualla/);
  });

  it('downloads my data as a JSON attachment, without any hash, with the parts other modules register, and shows it as a page', async () => {
    test.context.personalData.push({ module: 'testModule', export: async (_context, subject) => ({ seenUserId: subject.userId }) });
    const client = await signedIn('analyst@demo.tarina.invalid');
    assert.equal((await client.postForm('/fi/account/tokens', { name: 'Raporttiskripti' })).status, 201);
    // The same data as a readable page in the visitor's language, linked from the account page.
    const account = await client.get('/sv/account');
    assert.match(account.text, /<a href="\/sv\/account\/export\/html">Läs dina uppgifter som en sida<\/a>/);
    const page = await client.get('/sv/account/export/html');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.match(page.text, /<html lang="sv">/);
    assert.match(page.text, /analyst@demo\.tarina\.invalid/);
    assert.doesNotMatch(page.text, /<script/);
    assert.equal((await test.client().get('/sv/account/export/html')).status, 303, 'signed-out visitors are sent to sign in');
    const response = await client.get('/fi/account/export');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^attachment; filename="tarina-personal-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = response.json<{
      accounts: {
        profile: { email: string };
        roles: Array<{ role: string }>;
        sessions: Array<Record<string, unknown>>;
        apiTokens: Array<Record<string, unknown>>;
        auditEntries: Array<{ action: string }>;
      };
      testModule: { seenUserId: string };
    }>();
    const userId = await userIdOf('analyst@demo.tarina.invalid');
    assert.equal(data.accounts.profile.email, 'analyst@demo.tarina.invalid');
    assert.deepEqual(
      data.accounts.roles.map((grant) => grant.role),
      ['analyst'],
    );
    assert.equal(data.accounts.sessions.filter((session) => session.current === true).length, 1);
    assert.equal(data.accounts.apiTokens[0]?.name, 'Raporttiskripti');
    const actions = data.accounts.auditEntries.map((entry) => entry.action);
    assert.ok(actions.includes('accounts.token.create') && actions.includes('accounts.personalData.export'));
    assert.equal(data.testModule.seenUserId, userId);
    assert.doesNotMatch(response.text, /[0-9a-f]{64}/, 'no SHA-256 hash of a session or token');
    assert.doesNotMatch(response.text, /hash|\$argon2/i);
  });

  it('deletes the account only with the password, signs out, and removes everything that hangs on it', async () => {
    const client = await signedIn('moderator@demo.tarina.invalid');
    const userId = await userIdOf('moderator@demo.tarina.invalid');
    assert.equal((await client.postForm('/fi/account/tokens', { name: 'Poistuva' })).status, 201);
    const confirm = await client.get('/fi/account/delete');
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Haluatko varmasti poistaa tilisi/);
    const wrong = await client.postForm('/fi/account/delete', { password: 'not my password' });
    assert.equal(wrong.status, 422);
    assert.match(wrong.text, /Salasana on väärin/);
    assert.ok(await db().selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst(), 'still there');

    const deleted = await client.postForm('/fi/account/delete', { password: PASSWORD });
    assert.equal(deleted.status, 303);
    assert.equal(deleted.location, '/fi/');
    assert.match((await client.get('/fi/')).text, /Tilisi on poistettu/);
    assert.equal((await client.get('/fi/account')).status, 303);
    for (const table of ['sessions', 'api_tokens', 'role_grants', 'password_resets'] as const) {
      const left = await db().selectFrom(table).select('id').where('user_id', '=', userId).execute();
      assert.equal(left.length, 0, `${table} of the deleted user`);
    }
    assert.equal(await db().selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst(), undefined);
    const audit = await db().selectFrom('audit_log').select('action').where('subject_id', '=', userId).execute();
    assert.ok(audit.some((entry) => entry.action === 'accounts.account.delete'));
  });

  it('refuses to delete the organisation’s last admin, and says why', async () => {
    const admin = await signedIn(DEMO_ADMIN.email);
    const adminId = await userIdOf(DEMO_ADMIN.email);
    const page = await admin.get('/fi/account/delete');
    assert.match(page.text, /Olet organisaation ainoa pääkäyttäjä/);
    assert.doesNotMatch(page.text, /name="password"/);
    const refused = await admin.postForm('/fi/account/delete', { password: PASSWORD });
    assert.equal(refused.status, 409);
    assert.match(refused.text, /Olet organisaation ainoa pääkäyttäjä/);
    assert.ok(await db().selectFrom('users').select('id').where('id', '=', adminId).executeTakeFirst());

    const otherId = await userIdOf('analyst@demo.tarina.invalid');
    await db()
      .insertInto('role_grants')
      .values({
        id: newId(),
        organisation_id: organisationId(),
        user_id: otherId,
        role: 'org_admin',
        scope_type: 'organisation',
        scope_id: '',
        created_at: new Date().toISOString(),
      })
      .execute();
    const withAnother = await admin.get('/fi/account/delete');
    assert.match(withAnother.text, /name="password"/);
    assert.doesNotMatch(withAnother.text, /ainoa pääkäyttäjä/);
  });
});
