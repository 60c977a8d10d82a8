import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { DEMO_ADMIN } from '../../demo.ts';
import type { Role } from '../../platform/authz/authz.ts';
import { fixedClock } from '../../platform/clock.ts';
import { newToken } from '../../platform/db/ids.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { LOCK_MINUTES, MAX_WRONG_CODES } from './commands/verify-second-factor.ts';
import { createUser } from './index.ts';
import { hashToken, SESSION_COOKIE } from './sessions.ts';
import { SIGN_IN_CHALLENGE_COOKIE } from './two-factor/sign-in-challenge.ts';
import { currentCode } from './two-factor/totp.ts';

const START = Date.parse('2026-03-02T08:00:00.000Z');
const PASSWORD = 'kaksi-vaihetta-salasana';
/** One TOTP step (30 s) after the start, so each step's code is new. */
const step = (count: number) => new Date(START + count * 30_000);

describe('two-factor sign-in', () => {
  const clock = fixedClock(step(0));
  let test: TestApp;
  let organisationId: string;
  let now = 0;
  /** Moves the clock one step on and answers the new time (every code below is of a step not used before). */
  const nextStep = () => {
    now += 1;
    clock.set(step(now));
    return clock.now();
  };

  // Sign-in is rate-limited per client address: each visitor comes from its own (behind a trusted
  // proxy), so what stops the guesser below is the person's own count of wrong codes.
  let nextAddress = 1;
  function visitorClient() {
    nextAddress += 1;
    return test.client({ 'x-forwarded-for': `192.0.2.${nextAddress}` });
  }

  before(async () => {
    test = await startTestApp({ demo: true, clock, environment: { TRUST_PROXY: '1' } });
    organisationId = test.demo.organisationId ?? '';
  });
  after(() => test.close());

  async function person(email: string, roles: Role[]) {
    const id = await createUser(
      test.context.db,
      organisationId,
      { email, password: PASSWORD, displayName: email.split('@')[0] ?? '', locale: 'fi', roles },
      clock.now(),
    );
    return { id, email };
  }

  const hasSession = (response: { headers: Headers }) =>
    response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`) && !cookie.startsWith(`${SESSION_COOKIE}=;`));

  /** Signs in with the password only: answers the client and where the sign-in sent it. */
  async function firstStep(email: string, locale = 'fi', password = PASSWORD) {
    const client = visitorClient();
    const response = await client.postForm(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/account`)}`, {
      email,
      password,
    });
    assert.equal(response.status, 303);
    return { client, response };
  }

  /** Turns two-factor on from the security page; answers the secret and the recovery codes shown. */
  async function turnOn(client: TestClient) {
    const page = await client.get('/fi/account/security');
    assert.equal(page.status, 200);
    assert.ok(parse(page.text).querySelector('form[action="/fi/account/security/set-up"]'), 'a button sets it up');
    assert.equal((await client.postForm('/fi/account/security/set-up', {})).status, 303);
    const setup = parse((await client.get('/fi/account/security')).text);
    const secret = setup.querySelector('[data-secret]')?.getAttribute('data-secret') ?? '';
    assert.match(secret, /^[A-Z2-7]{32}$/, 'the key is shown as text');
    assert.ok(setup.querySelector('.two-factor-qr svg'), 'and as a QR code');
    const confirmed = await client.postForm('/fi/account/security/confirm', { code: currentCode(secret, nextStep()) });
    assert.equal(confirmed.status, 200);
    const codes = parse(confirmed.text)
      .querySelectorAll('.recovery-codes code')
      .map((code) => code.text);
    return { secret, codes };
  }

  it('turns on only with a current code, keeps the secret encrypted, and shows ten recovery codes once', async () => {
    const { id, email } = await person('turvallinen@example.fi', []);
    const client = visitorClient();
    await client.signIn(email, PASSWORD);
    assert.equal((await client.postForm('/fi/account/security/set-up', {})).status, 303);
    const secret =
      parse((await client.get('/fi/account/security')).text)
        .querySelector('[data-secret]')
        ?.getAttribute('data-secret') ?? '';
    const wrong = await client.postForm('/fi/account/security/confirm', {
      code: '000000' === currentCode(secret, clock.now()) ? '111111' : '000000',
    });
    assert.equal(wrong.status, 422);
    assert.match(parse(wrong.text).querySelector('#field-code-error')?.text ?? '', /Koodi ei täsmää/);
    const right = await client.postForm('/fi/account/security/confirm', { code: currentCode(secret, nextStep()) });
    assert.equal(right.status, 200);
    const codes = parse(right.text).querySelectorAll('.recovery-codes code');
    assert.equal(codes.length, 10);
    const row = await test.context.db.selectFrom('account_two_factor').selectAll().where('user_id', '=', id).executeTakeFirstOrThrow();
    assert.ok(row.confirmed_at);
    assert.ok(!row.secret_encrypted.includes(secret), 'the secret is not stored as it is');
    const stored = await test.context.db.selectFrom('account_recovery_codes').select('id').where('user_id', '=', id).execute();
    assert.equal(stored.length, 10);
    for (const code of codes) assert.ok(!stored.some((entry) => entry.id.includes(code.text)), 'only hashes of the codes are kept');
    assert.doesNotMatch(
      (await client.get('/fi/account/security')).text,
      new RegExp(codes[0]?.text ?? 'x'),
      'the codes are not shown again',
    );
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    assert.ok(audit.some((entry) => entry.action === 'accounts.twoFactor.enable'));
    const exported = await client.get('/fi/account/export');
    const twoFactor = exported.json<{ accounts: { twoFactor: { status: string; recoveryCodes: unknown[] } } }>().accounts.twoFactor;
    assert.equal(twoFactor.status, 'on', 'the data export says two-factor is on');
    assert.equal(twoFactor.recoveryCodes.length, 10);
    assert.ok(!exported.text.includes(secret) && !stored.some((entry) => exported.text.includes(entry.id)), 'but holds no secret or hash');
  });

  it('asks for a code after the password, with no session before it, and takes each code once', async () => {
    const { email } = await person('koodi@example.fi', ['analyst']);
    const owner = visitorClient();
    await owner.signIn(email, PASSWORD);
    const { secret } = await turnOn(owner);

    const { client, response } = await firstStep(email);
    assert.equal(response.location, '/fi/sign-in/code');
    assert.ok(!hasSession(response), 'no session yet');
    assert.ok(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SIGN_IN_CHALLENGE_COOKIE}=`)));
    const before = await client.get('/fi/account');
    assert.equal(before.status, 303, 'the account page still asks to sign in');
    assert.match(before.location ?? '', /^\/fi\/sign-in/);
    assert.equal((await client.get('/fi/sign-in/code')).status, 200);

    const code = currentCode(secret, nextStep());
    const signedIn = await client.postForm('/fi/sign-in/code', { code });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, '/fi/account');
    assert.ok(hasSession(signedIn));
    assert.equal((await client.get('/fi/account')).status, 200);

    const again = await firstStep(email);
    const replayed = await again.client.postForm('/fi/sign-in/code', { code });
    assert.equal(replayed.status, 422, 'the same code is not taken twice');
    assert.match(parse(replayed.text).querySelector('#field-code-error')?.text ?? '', /on jo käytetty/);
    assert.ok(!hasSession(replayed));
    const fresh = await again.client.postForm('/fi/sign-in/code', { code: currentCode(secret, nextStep()) });
    assert.equal(fresh.status, 303, 'the next code works');

    // Two sign-ins post one code at the same moment (a code seen over a shoulder): one of them wins.
    const first = await firstStep(email);
    const second = await firstStep(email);
    const shared = currentCode(secret, nextStep());
    const answers = await Promise.all([first, second].map(({ client }) => client.postForm('/fi/sign-in/code', { code: shared })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [303, 422]);
  });

  it('stops after five wrong codes for fifteen minutes, saying so in fi, sv and en', async () => {
    const { email } = await person('arvaaja@example.fi', []);
    const owner = visitorClient();
    await owner.signIn(email, PASSWORD);
    const { secret } = await turnOn(owner);
    const at = nextStep();
    const right = currentCode(secret, at);
    const wrongCode = right === '123456' ? '654321' : '123456';
    const messages: Record<string, RegExp> = {
      fi: /Liian monta väärää koodia/,
      sv: /För många felaktiga koder/,
      en: /Too many wrong codes/,
    };
    const { client } = await firstStep(email, 'sv');
    for (let attempt = 1; attempt < MAX_WRONG_CODES; attempt += 1) {
      const wrong = await client.postForm('/sv/sign-in/code', { code: wrongCode });
      assert.equal(wrong.status, 422);
      assert.match(wrong.text, new RegExp(`Försök kvar: ${MAX_WRONG_CODES - attempt}`));
    }
    const locked = await client.postForm('/sv/sign-in/code', { code: wrongCode });
    assert.equal(locked.status, 429);
    assert.match(parse(locked.text).querySelector('#field-code-error')?.text ?? '', messages.sv ?? /x/);
    for (const locale of ['fi', 'en']) {
      const other = await firstStep(email, locale);
      const refused = await other.client.postForm(`/${locale}/sign-in/code`, { code: right });
      assert.equal(refused.status, 429, 'even the right code waits');
      assert.match(refused.text, messages[locale] ?? /x/);
    }
    now += (LOCK_MINUTES * 60) / 30;
    const later = nextStep();
    const afterWait = await firstStep(email);
    assert.equal((await afterWait.client.postForm('/fi/sign-in/code', { code: currentCode(secret, later) })).status, 303);
  });

  it('signs in once with a recovery code, and not with it again', async () => {
    const { id, email } = await person('varakoodi@example.fi', []);
    const owner = visitorClient();
    await owner.signIn(email, PASSWORD);
    const { codes } = await turnOn(owner);
    const recovery = codes[3] ?? '';
    const { client } = await firstStep(email);
    const used = await client.postForm('/fi/sign-in/code', { code: recovery.toUpperCase().replace(/-/g, ' ') });
    assert.equal(used.status, 303, 'typed in capitals and with spaces, it still works');
    assert.equal(used.location, '/fi/account/security');
    assert.ok(hasSession(used));
    const page = await client.get('/fi/account/security');
    assert.match(page.text, /Kirjauduit varakoodilla/);
    assert.match(page.text, /Käyttämättömiä varakoodeja: 9/);
    const second = await firstStep(email);
    assert.equal((await second.client.postForm('/fi/sign-in/code', { code: recovery })).status, 422);
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', id).execute();
    assert.ok(audit.some((entry) => entry.action === 'accounts.twoFactor.recoveryCodeUse'));
  });

  it('turns off only with a code', async () => {
    const { id, email } = await person('poistaja@example.fi', []);
    const client = visitorClient();
    await client.signIn(email, PASSWORD);
    const { secret } = await turnOn(client);
    const missing = await client.postForm('/fi/account/security/turn-off', { code: '' });
    assert.equal(missing.status, 422);
    assert.equal((await client.postForm('/fi/account/security/turn-off', { code: currentCode(secret, nextStep()) })).status, 303);
    assert.equal(
      await test.context.db.selectFrom('account_two_factor').select('user_id').where('user_id', '=', id).executeTakeFirst(),
      undefined,
    );
    const { response } = await firstStep(email);
    assert.equal(response.location, '/fi/account', 'the password alone signs in again');
  });

  it('sends the roles it covers to set two-factor up before anything else, once the organisation requires it', async () => {
    const admin = await test.adminClient();
    const resident = await person('asukas.vaatimus@example.fi', []);
    const manager = await person('johtaja.vaatimus@example.fi', ['process_manager']);
    const member = await person('jasen.vaatimus@example.fi', ['member']);
    const signedIn = visitorClient();
    await signedIn.signIn(manager.email, PASSWORD);
    assert.equal((await signedIn.get('/fi/account')).status, 200);

    const saved = await admin.postForm('/fi/admin/security', { 'requireTwoFactor[]': 'yes' });
    assert.equal(saved.status, 303);
    assert.match((await admin.get('/fi/admin/security')).text, /value="yes" checked/);
    assert.equal((await admin.get('/fi/admin')).status, 200, "the admin's own session goes on");
    assert.equal((await signedIn.get('/fi/account')).status, 303, 'a covered session without two-factor ended');

    for (const free of [resident, member]) {
      const { response } = await firstStep(free.email);
      assert.equal(response.location, '/fi/account', `${free.email} is not covered`);
    }
    const { client, response } = await firstStep(manager.email);
    assert.equal(response.location, '/fi/sign-in/set-up-two-factor');
    assert.ok(!hasSession(response));
    assert.equal((await client.get('/fi/admin')).status, 303, 'nothing else before the setup');
    const setup = await client.get('/fi/sign-in/set-up-two-factor');
    assert.equal(setup.status, 200);
    const secret = parse(setup.text).querySelector('[data-secret]')?.getAttribute('data-secret') ?? '';
    const done = await client.postForm('/fi/sign-in/set-up-two-factor', { code: currentCode(secret, nextStep()) });
    assert.equal(done.status, 200);
    assert.ok(hasSession(done));
    assert.equal(parse(done.text).querySelectorAll('.recovery-codes code').length, 10);
    assert.equal((await client.get('/fi/account')).status, 200);

    const turnOff = await client.postForm('/fi/account/security/turn-off', { code: currentCode(secret, nextStep()) });
    assert.equal(turnOff.status, 409, 'it cannot be turned off while required');
    const adminAgain = await firstStep(DEMO_ADMIN.email, 'fi', DEMO_ADMIN.password);
    assert.equal(adminAgain.response.location, '/fi/sign-in/set-up-two-factor', 'the admin is asked at the next sign-in too');

    const off = await admin.postForm('/fi/admin/security', {});
    assert.equal(off.status, 303, parse(off.text).querySelector('.error-summary')?.text);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select('details')
      .where('organisation_id', '=', organisationId)
      .where('action', '=', 'accounts.security.twoFactorRequirement')
      .execute();
    assert.deepEqual(
      audit.map((entry) => JSON.parse(entry.details)),
      [{ requireTwoFactor: true }, { requireTwoFactor: false }],
    );
  });

  it('lets an admin reset another person’s two-factor (audited, signed out) but not their own', async () => {
    const admin = await test.adminClient();
    const { id, email } = await person('kadotettu@example.fi', ['analyst']);
    const client = visitorClient();
    await client.signIn(email, PASSWORD);
    await turnOn(client);
    const userPage = await admin.get(`/fi/admin/users/${id}`);
    assert.match(userPage.text, new RegExp(`action="/fi/admin/users/${id}/two-factor/reset"`));
    const reset = await admin.postForm(`/fi/admin/users/${id}/two-factor/reset`, {});
    assert.equal(reset.status, 303);
    assert.equal((await client.get('/fi/account')).status, 303, 'their sessions ended');
    const { response } = await firstStep(email);
    assert.equal(response.location, '/fi/account', 'the password alone signs in (nothing required here)');
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('subject_id', '=', id)
      .where('action', '=', 'accounts.twoFactor.reset')
      .execute();
    assert.deepEqual(audit, [{ action: 'accounts.twoFactor.reset', actor_user_id: test.demo.adminUserId ?? '' }]);
    const self = await admin.postForm(`/fi/admin/users/${test.demo.adminUserId}/two-factor/reset`, {});
    assert.equal(self.status, 409);
  });

  it('does not let a password-reset link skip the code', async () => {
    const { id, email } = await person('linkki@example.fi', []);
    const owner = visitorClient();
    await owner.signIn(email, PASSWORD);
    await turnOn(owner);
    const token = newToken();
    const at = clock.now();
    await test.context.db
      .insertInto('password_resets')
      .values({
        id: hashToken(token),
        organisation_id: organisationId,
        user_id: id,
        created_at: at.toISOString(),
        expires_at: new Date(at.getTime() + 3_600_000).toISOString(),
        used_at: null,
      })
      .execute();
    const client = visitorClient();
    const response = await client.postForm(`/fi/password-reset/${token}`, { password: 'uusi-pitka-salasana' });
    assert.equal(response.status, 303);
    assert.equal(response.location, '/fi/sign-in/code', 'the mailbox alone is not the second factor');
    assert.ok(!hasSession(response));
  });
});
