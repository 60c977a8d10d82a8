import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import type { Actor } from '../../platform/authz/authz.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { TestClient } from '../../platform/testing/test-client.ts';
import { createOrganisation } from '../organisations/index.ts';
import { grantRole } from './commands/grant-role.ts';
import { deactivateUser } from './index.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { startTestOpenIdProvider, type TestOpenIdProvider } from './test-support/openid-provider.ts';
import { signInAtProvider, throughProvider } from './test-support/provider-flow.ts';

const OTHER_HOST = 'toinen.example';

describe('staff single sign-on through OpenID Connect, against a real provider', () => {
  let test: TestApp;
  let organisationId: string;
  let keycloak: TestOpenIdProvider;
  let entra: TestOpenIdProvider;
  let keycloakId: string;
  let entraId: string;
  let unit: { id: string; name: string };
  let otherUnit: { id: string; name: string };
  let community: { id: string; name: string };
  let address = 10;
  /** Each person comes from an address of their own (behind a trusted proxy): the routes' per-address limits stay out of the way. */
  const browser = (headers: Record<string, string> = {}) => {
    address += 1;
    return test.client({ 'x-forwarded-for': `198.51.100.${address}`, ...headers });
  };

  const hasSession = (response: { headers: Headers }) =>
    response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`) && !cookie.startsWith(`${SESSION_COOKIE}=;`));

  async function addProvider(provider: TestOpenIdProvider, name: string, extra: Record<string, string> = {}) {
    const admin = await test.adminClient();
    const saved = await admin.postForm('/fi/admin/single-sign-on/new', {
      'name.fi': name,
      'name.sv': `${name} (sv)`,
      'name.en': `${name} (en)`,
      issuerUrl: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      scopes: 'openid email profile groups',
      'enabled[]': 'yes',
      allowedDomains: 'rauma.example',
      'claims.email': 'email',
      'claims.name': 'name',
      'claims.roles': 'groups',
      roleMap: 'tarina-analyytikot = analyst\ntarina-yllapito = org_admin\nesihenkilot = unit_manager',
      'claims.unit': 'department',
      unitMap: `4100 = ${unit.name}\n4200 = ${otherUnit.id}`,
      'claims.workCommunity': 'team',
      workCommunityMap: `nuoriso-1 = ${community.name}`,
      ...extra,
    });
    assert.equal(saved.status, 303, parse(saved.text).querySelector('.error-summary')?.text);
    const row = await test.context.db
      .selectFrom('account_identity_providers')
      .select(['id', 'client_secret_encrypted'])
      .where('issuer_url', '=', provider.issuer)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    assert.ok(!row.client_secret_encrypted.includes(provider.clientSecret), 'the client secret is kept encrypted');
    return row.id;
  }

  const userByEmail = (email: string) =>
    test.context.db
      .selectFrom('users')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('email', '=', email)
      .executeTakeFirst();
  const rolesOf = async (userId: string) =>
    (await test.context.db.selectFrom('role_grants').select(['role', 'scope_id']).where('user_id', '=', userId).execute())
      .map((grant) => `${grant.role}${grant.scope_id ? `@${grant.scope_id}` : ''}`)
      .sort();

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TRUST_PROXY: '1' } });
    organisationId = test.demo.organisationId ?? '';
    const units = await test.context.db
      .selectFrom('units')
      .select(['id', 'name', 'kind', 'parent_id'])
      .where('organisation_id', '=', organisationId)
      .execute();
    const nameOf = (row: { name: string }) => (JSON.parse(row.name) as { fi: string }).fi;
    const withCommunity = units.find(
      (row) => row.kind === 'unit' && units.some((child) => child.parent_id === row.id && child.kind === 'work_community'),
    );
    assert.ok(withCommunity, 'the demo has a unit with a work community');
    const communityRow = units.find((row) => row.parent_id === withCommunity.id && row.kind === 'work_community');
    const otherRow = units.find((row) => row.kind === 'unit' && row.id !== withCommunity.id);
    assert.ok(communityRow && otherRow);
    unit = { id: withCommunity.id, name: nameOf(withCommunity) };
    community = { id: communityRow.id, name: nameOf(communityRow) };
    otherUnit = { id: otherRow.id, name: nameOf(otherRow) };
    const callbacks = [`${test.baseUrl}/sign-in/provider/callback`, `http://${OTHER_HOST}/sign-in/provider/callback`];
    keycloak = await startTestOpenIdProvider({ redirectUris: callbacks, clientId: 'tarina-keycloak' });
    entra = await startTestOpenIdProvider({ redirectUris: callbacks, clientId: 'tarina-entra' });
    keycloakId = await addProvider(keycloak, 'Rauman työtili');
    entraId = await addProvider(entra, 'Entra ID');
  });
  after(async () => {
    await keycloak?.close();
    await entra?.close();
    await test.close();
  });

  it('shows a button for each enabled provider, and the admin’s adding was audited', async () => {
    const page = parse((await browser().get('/fi/sign-in?next=%2Ffi%2Faccount')).text);
    const buttons = page.querySelectorAll('.sign-in-providers a').map((link) => [link.text.trim(), link.getAttribute('href')]);
    assert.deepEqual(buttons, [
      ['Kirjaudu: Rauman työtili', `/fi/sign-in/provider/${keycloakId}?next=%2Ffi%2Faccount`],
      ['Kirjaudu: Entra ID', `/fi/sign-in/provider/${entraId}?next=%2Ffi%2Faccount`],
    ]);
    const english = parse((await browser().get('/en/sign-in')).text)
      .querySelector('.sign-in-providers a')
      ?.text.trim();
    assert.equal(english, 'Sign in with Rauman työtili (en)');
    const audit = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'details'])
      .where('subject_id', '=', keycloakId)
      .execute();
    assert.deepEqual(
      audit.map((entry) => [entry.action, entry.subject_type]),
      [['accounts.identityProvider.create', 'identity_provider']],
    );
    assert.ok(!audit[0]?.details?.includes(keycloak.clientSecret), 'the audit entry holds no secret');
  });

  it('creates a new staff member with the role and the place the claims give, and signs her in', async () => {
    keycloak.accounts.set('aino', {
      email: 'Aino.Virtanen@rauma.example',
      email_verified: true,
      name: 'Aino Virtanen',
      groups: ['tarina-analyytikot', 'kaikki'],
      department: '4100',
      team: 'nuoriso-1',
    });
    const client = browser();
    const back = await signInAtProvider(client, keycloak, `/fi/sign-in/provider/${keycloakId}?next=%2Ffi%2Faccount`, { login: 'aino' });
    assert.equal(back.status, 303, back.text);
    assert.equal(back.location, '/fi/account');
    assert.ok(hasSession(back));
    assert.equal((await client.get('/fi/account')).status, 200);
    const user = await userByEmail('aino.virtanen@rauma.example');
    assert.ok(user);
    assert.equal(user.display_name, 'Aino Virtanen');
    assert.equal(user.password_hash, null, 'no password: she signs in through the provider');
    assert.equal(user.unit_id, community.id, 'the work community wins over the unit');
    assert.deepEqual(await rolesOf(user.id), ['analyst']);
    const link = await test.context.db
      .selectFrom('account_identity_links')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([link.issuer, link.subject], [keycloak.issuer, 'aino']);
    const audit = await test.context.db.selectFrom('audit_log').select('action').where('subject_id', '=', user.id).execute();
    assert.ok(audit.some((entry) => entry.action === 'accounts.singleSignOn.userCreate'));
    assert.ok(audit.some((entry) => entry.action === 'accounts.role.grant'));
    const exported = (await client.get('/fi/account/export')).json<{
      accounts: { identityLinks: Array<{ issuer: string; subject: string }> };
    }>();
    assert.deepEqual(
      exported.accounts.identityLinks.map((entry) => [entry.issuer, entry.subject]),
      [[keycloak.issuer, 'aino']],
      'her data export names the provider’s link',
    );
  });

  it('updates a returning person from the claims at each sign-in, keeping the roles the mapping does not name', async () => {
    keycloak.accounts.set('ville', { email: 'ville@rauma.example', name: 'Ville', groups: ['tarina-analyytikot'], department: '4100' });
    const first = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'ville' });
    assert.equal(first.status, 303);
    const user = await userByEmail('ville@rauma.example');
    assert.ok(user);
    assert.equal(user.unit_id, unit.id);
    const admin: Actor = {
      organisationId,
      userId: test.demo.adminUserId ?? null,
      grants: [{ role: 'org_admin', scopeType: 'organisation', scopeId: null }],
    };
    await grantRole(test.context.db, admin, user.id, { role: 'moderator', scopeType: 'organisation', scopeId: '' }, new Date());
    keycloak.accounts.set('ville', {
      email: 'ville.uusi@rauma.example',
      name: 'Ville Virtanen',
      groups: ['esihenkilot'],
      department: '4200',
    });
    const again = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'ville' });
    assert.equal(again.status, 303);
    const updated = await test.context.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(updated.display_name, 'Ville Virtanen');
    assert.equal(updated.email, 'ville.uusi@rauma.example');
    assert.equal(updated.unit_id, otherUnit.id, 'a unit mapped by its id');
    assert.deepEqual(
      await rolesOf(user.id),
      ['moderator', `unit_manager@${otherUnit.id}`].sort(),
      'analyst went with the claim; moderator stays',
    );
    const links = await test.context.db.selectFrom('account_identity_links').select('id').where('user_id', '=', user.id).execute();
    assert.equal(links.length, 1, 'still one person, one link');
  });

  it('refuses a deactivated person with a clear message and no session', async () => {
    keycloak.accounts.set('lahtija', { email: 'lahtija@rauma.example', name: 'Lähtijä' });
    assert.equal((await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'lahtija' })).status, 303);
    const user = await userByEmail('lahtija@rauma.example');
    assert.ok(user);
    await deactivateUser(test.context, { organisationId, userId: user.id, actorId: test.demo.adminUserId ?? null });
    const refused = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'lahtija' });
    assert.equal(refused.status, 403);
    assert.ok(!hasSession(refused));
    assert.match(parse(refused.text).querySelector('[role=alert]')?.text ?? '', /Tilisi on poistettu käytöstä/);
  });

  it('refuses an e-mail outside the allowed domains, and one the provider says is not verified', async () => {
    keycloak.accounts.set('vieras', { email: 'vieras@gmail.example', name: 'Vieras' });
    const outside = await signInAtProvider(browser(), keycloak, `/en/sign-in/provider/${keycloakId}`, { login: 'vieras' });
    assert.equal(outside.status, 403);
    assert.match(outside.text, /domain may not sign in through Rauman työtili \(en\)/);
    keycloak.accounts.set('vahvistamaton', { email: 'vahvistamaton@rauma.example', email_verified: false });
    const unverified = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'vahvistamaton' });
    assert.equal(unverified.status, 403);
    assert.equal(await userByEmail('vahvistamaton@rauma.example'), undefined);
  });

  it('answers a bad, missing or replayed state with a clear 400 page in the person’s language, never a 500', async () => {
    keycloak.accounts.set('tila', { email: 'tila@rauma.example', name: 'Tila' });
    const client = browser();
    const started = await client.get(`/sv/sign-in/provider/${keycloakId}`);
    const callback = await throughProvider(keycloak, started.location ?? '', { login: 'tila' });
    const forged = new URL(callback);
    forged.searchParams.set('state', 'vaara-tila');
    const bad = await client.get(`${forged.pathname}${forged.search}`);
    assert.equal(bad.status, 400);
    assert.match(parse(bad.text).querySelector('[role=alert]')?.text ?? '', /Inloggningen har gått ut/, 'in Swedish, as the sign-in began');
    assert.ok(!hasSession(bad));
    const replayed = await client.get(`${callback.pathname}${callback.search}`);
    assert.equal(replayed.status, 400, 'the kept state was used up by the forged answer');
    const stranger = await browser({ 'accept-language': 'en' }).get(`${callback.pathname}${callback.search}`);
    assert.equal(stranger.status, 400, 'another browser has no state');
    assert.match(stranger.text, /started in another browser/);
    const bare = await browser().get('/sign-in/provider/callback');
    assert.equal(bare.status, 400);
    assert.equal(await userByEmail('tila@rauma.example'), undefined);
  });

  it('tells the person when the provider cannot be reached, at the start and on the way back', async () => {
    keycloak.accounts.set('katkos', { email: 'katkos@rauma.example', name: 'Katkos' });
    const client = browser();
    const started = await client.get(`/fi/sign-in/provider/${keycloakId}`);
    const callback = await throughProvider(keycloak, started.location ?? '', { login: 'katkos' });
    await keycloak.stop();
    try {
      const back = await client.get(`${callback.pathname}${callback.search}`);
      assert.equal(back.status, 502);
      assert.match(back.text, /Palveluun Rauman työtili ei juuri nyt saada yhteyttä/);
      const start = await browser().get(`/fi/sign-in/provider/${keycloakId}`);
      assert.equal(start.status, 502);
      assert.match(start.text, /kirjaudu salasanalla/);
    } finally {
      await keycloak.start();
    }
    assert.equal((await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'katkos' })).status, 303);
  });

  it('signs the same person in through either of the organisation’s two providers', async () => {
    keycloak.accounts.set('kaksi', { email: 'kaksi@rauma.example', name: 'Kaksi Tiliä', department: '4100' });
    entra.accounts.set('00000000-kaksi', { email: 'kaksi@rauma.example', name: 'Kaksi Tiliä', department: '4100' });
    assert.equal((await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'kaksi' })).status, 303);
    const client = browser();
    const second = await signInAtProvider(client, entra, `/fi/sign-in/provider/${entraId}?next=%2Ffi%2Faccount`, {
      login: '00000000-kaksi',
    });
    assert.equal(second.status, 303);
    assert.equal(second.location, '/fi/account');
    const user = await userByEmail('kaksi@rauma.example');
    assert.ok(user);
    const links = await test.context.db
      .selectFrom('account_identity_links')
      .select(['issuer', 'subject'])
      .where('user_id', '=', user.id)
      .orderBy('issuer')
      .execute();
    assert.deepEqual(links.map((link) => link.issuer).sort(), [keycloak.issuer, entra.issuer].sort());
  });

  it('keeps organisations apart: another organisation’s provider neither shows nor signs in there', async () => {
    await createOrganisation(test.context.db, { slug: 'toinen', name: { fi: 'Toinen kunta' }, hosts: [OTHER_HOST] }, new Date());
    const other = browser({ host: OTHER_HOST });
    const page = parse((await other.get('/fi/sign-in')).text);
    assert.equal(page.querySelectorAll('.sign-in-providers a').length, 0);
    const start = await other.get(`/fi/sign-in/provider/${keycloakId}`);
    assert.equal(start.status, 404);
    // A sign-in begun in Rauma and answered on the other organisation's host: its state is not found there.
    keycloak.accounts.set('rajat', { email: 'rajat@rauma.example', name: 'Rajat' });
    const rauma = browser();
    const started = await rauma.get(`/fi/sign-in/provider/${keycloakId}`);
    const cookie =
      started.headers
        .getSetCookie()
        .find((line) => line.startsWith('tarina_provider_sign_in='))
        ?.split(';')[0] ?? '';
    const callback = await throughProvider(keycloak, started.location ?? '', { login: 'rajat' });
    const elsewhere = await new TestClient(test.baseUrl, { host: OTHER_HOST, cookie, 'x-forwarded-for': '198.51.100.250' }).get(
      `${callback.pathname}${callback.search}`,
    );
    assert.equal(elsewhere.status, 400);
    const users = await test.context.db.selectFrom('users').select('id').where('email', '=', 'rajat@rauma.example').execute();
    assert.equal(users.length, 0, 'nobody was made in either organisation');
  });

  it('asks for Tarina’s second step where two-factor is required, unless the provider’s multi-factor sign-in is trusted', async () => {
    const admin = await test.adminClient();
    assert.equal((await admin.api('PUT', '/api/v1/security-settings', { requireTwoFactor: true })).status, 204);
    try {
      keycloak.accounts.set('analyytikko', { email: 'analyytikko@rauma.example', name: 'Analyytikko', groups: ['tarina-analyytikot'] });
      const asked = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'analyytikko', mfa: true });
      assert.equal(asked.location, '/fi/sign-in/set-up-two-factor', 'the provider’s word is not taken unless the admin says so');
      assert.ok(!hasSession(asked));
      const saved = await admin.api('PUT', `/api/v1/identity-providers/${keycloakId}`, {
        name: { fi: 'Rauman työtili', sv: 'Rauman työtili (sv)', en: 'Rauman työtili (en)' },
        issuerUrl: keycloak.issuer,
        clientId: keycloak.clientId,
        scopes: 'openid email profile groups',
        enabled: true,
        trustMfa: true,
        allowedDomains: 'rauma.example',
        claims: { email: 'email', name: 'name', roles: 'groups', unit: 'department', workCommunity: 'team' },
        roleMap: 'tarina-analyytikot = analyst\ntarina-yllapito = org_admin\nesihenkilot = unit_manager',
        unitMap: `4100 = ${unit.name}\n4200 = ${otherUnit.id}`,
        workCommunityMap: `nuoriso-1 = ${community.name}`,
      });
      assert.equal(saved.status, 204, saved.text);
      const withoutMfa = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, { login: 'analyytikko' });
      assert.equal(withoutMfa.location, '/fi/sign-in/set-up-two-factor', 'a password alone at the provider is one factor');
      const trusted = await signInAtProvider(browser(), keycloak, `/fi/sign-in/provider/${keycloakId}`, {
        login: 'analyytikko',
        mfa: true,
      });
      assert.equal(trusted.location, '/fi/');
      assert.ok(hasSession(trusted), 'amr: mfa from a trusted provider counts as the second factor');
    } finally {
      await admin.api('PUT', '/api/v1/security-settings', { requireTwoFactor: false });
    }
  });

  it('refuses a bad provider form in words at its fields', async () => {
    const admin = await test.adminClient();
    const refused = await admin.postForm('/fi/admin/single-sign-on/new', {
      'name.fi': 'Huono',
      issuerUrl: 'http://tunnistus.example.fi',
      clientId: 'x',
      clientSecret: '',
      scopes: 'email',
      'claims.email': 'email',
      'claims.name': 'name',
      roleMap: 'ryhma = kuningas',
      unitMap: 'x = Ei tällaista yksikköä',
    });
    assert.equal(refused.status, 422);
    const page = parse(refused.text);
    assert.match(page.querySelector('#field-issuerUrl-error')?.text ?? '', /HTTPS-osoite/);
    assert.match(page.querySelector('#field-scopes-error')?.text ?? '', /openid/);
    assert.match(page.querySelector('#field-roleMap-error')?.text ?? '', /roolin tunnus/);
    assert.match(page.querySelector('#field-claims-unit-error')?.text ?? '', /väite/);
    assert.equal(page.querySelector('#field-issuerUrl')?.getAttribute('value'), 'http://tunnistus.example.fi', 'what was typed stays');
    const foreign = await browser({ host: OTHER_HOST }).get(`/fi/admin/single-sign-on/${keycloakId}`);
    assert.ok([303, 401, 403, 404].includes(foreign.status));
  });
});
