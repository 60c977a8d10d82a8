import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';

const valid = {
  'name.fi': 'Rauman kaupunki',
  'name.sv': 'Raumo stad',
  'name.en': 'City of Rauma',
  logoUrl: 'https://www.rauma.fi/logo.svg',
  accentColor: '#1a5fb4',
  'allowSignUp[]': 'yes',
};

async function savedOrganisation(test: TestApp) {
  return test.context.db.selectFrom('organisations').selectAll().where('id', '=', test.demo.organisationId!).executeTakeFirstOrThrow();
}

describe('organisation settings (/admin/organisation)', () => {
  let test: TestApp;
  let admin: TestClient;
  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
  });
  after(() => test.close());

  it('shows the saved settings in a form', async () => {
    const response = await admin.get('/fi/admin/organisation');
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>Organisaation asetukset<\/h1>/);
    assert.match(response.text, /name="name\.fi"[^>]*value="Rauman kaupunki"/);
    assert.match(response.text, /name="allowSignUp\[\]" value="yes" checked/);
  });

  it('saves valid settings, redirects with a message, and serves the colour in /branding.css', async () => {
    const response = await admin.postForm('/fi/admin/organisation', { ...valid, accentColor: '#0B5A3A' });
    assert.equal(response.status, 303);
    assert.equal(response.location, '/fi/admin/organisation');
    const next = await admin.get('/fi/admin/organisation');
    assert.match(next.text, /Asetukset on tallennettu\./);
    const css = await test.client().get('/branding.css');
    assert.match(css.text, /--color-accent:#0b5a3a;/);
    const row = await savedOrganisation(test);
    assert.equal(row.logo_url, 'https://www.rauma.fi/logo.svg');
    assert.equal(row.allow_sign_up, 1);
  });

  it('turns sign-up off when the box is not ticked', async () => {
    const { 'allowSignUp[]': _ticked, ...unticked } = valid;
    assert.equal((await admin.postForm('/fi/admin/organisation', unticked)).status, 303);
    assert.equal((await savedOrganisation(test)).allow_sign_up, 0);
    assert.equal((await admin.postForm('/fi/admin/organisation', valid)).status, 303);
    assert.equal((await savedOrganisation(test)).allow_sign_up, 1);
  });

  it('refuses a low-contrast colour with the measured ratio, in the user’s language, and keeps the saved one', async () => {
    const before = await savedOrganisation(test);
    const fi = await admin.postForm('/fi/admin/organisation', { ...valid, 'name.fi': 'Muutettu', accentColor: '#ffff00' });
    assert.equal(fi.status, 422);
    assert.match(fi.text, /kontrasti valkoista vasten on 1,07:1/);
    assert.match(fi.text, /value="#ffff00"/, 'the value sent is kept in the form');
    const en = await admin.postForm('/en/admin/organisation', { ...valid, accentColor: '#ffff00' });
    assert.match(en.text, /contrast against white is 1\.07:1/);
    const after = await savedOrganisation(test);
    assert.deepEqual(after, before);
    assert.doesNotMatch((await test.client().get('/branding.css')).text, /ffff00/);
  });

  it('refuses a colour that is not hex, a plain-http or script logo, and over-long names (422, nothing saved)', async () => {
    const before = await savedOrganisation(test);
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ accentColor: 'red' }, /Anna väri muodossa #1a5fb4\./],
      [{ accentColor: '#12345' }, /Anna väri muodossa #1a5fb4\./],
      [{ logoUrl: 'http://www.rauma.fi/logo.svg' }, /alkaa https:\/\//],
      [{ logoUrl: 'javascript:alert(1)' }, /alkaa https:\/\//],
      [{ 'name.fi': 'x'.repeat(121) }, /Kirjoita enintään 120 merkkiä\./],
      [{ 'name.sv': 'x'.repeat(121) }, /Kirjoita enintään 120 merkkiä\./],
      [{ 'name.fi': '   ' }, /pakollinen|Tämä tieto tarvitaan/i],
    ];
    for (const [change, message] of cases) {
      const response = await admin.postForm('/fi/admin/organisation', { ...valid, ...change });
      assert.equal(response.status, 422, JSON.stringify(change));
      assert.match(response.text, message, JSON.stringify(change));
      assert.match(response.text, /class="error-summary"/);
    }
    assert.deepEqual(await savedOrganisation(test), before);
  });

  it('escapes hostile HTML in the name everywhere it is shown', async () => {
    const hostile = '<script>alert(1)</script>';
    assert.equal((await admin.postForm('/fi/admin/organisation', { ...valid, 'name.fi': hostile })).status, 303);
    const page = await test.client().get('/fi/sign-in');
    assert.doesNotMatch(page.text, /<script>alert/);
    assert.match(page.text, /&lt;script>alert\(1\)&lt;\/script>|&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const api = await test.client().get('/api/v1/organisation');
    assert.equal(api.json<{ name: { fi: string } }>().name.fi, hostile);
    assert.equal((await admin.postForm('/fi/admin/organisation', valid)).status, 303);
  });

  it('records each change in the audit log', async () => {
    const rows = await test.context.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('organisation_id', '=', test.demo.organisationId!)
      .where('action', '=', 'organisations.settings.update')
      .execute();
    assert.ok(rows.length >= 3);
    assert.ok(rows.some((row) => row.details.includes('#0b5a3a')));
  });

  it('sends visitors to sign in, refuses others with 403, and refuses a post without a CSRF token', async () => {
    const anonymous = await test.client().get('/fi/admin/organisation');
    assert.equal(anonymous.status, 303);
    assert.match(anonymous.location ?? '', /^\/fi\/sign-in\?next=/);
    const manager = test.client();
    await manager.signIn('manager@demo.tarina.invalid', DEMO_ADMIN.password);
    assert.equal((await manager.get('/fi/admin/organisation')).status, 403);
    const before = await savedOrganisation(test);
    assert.equal((await manager.postForm('/fi/admin/organisation', { ...valid, 'name.fi': 'Kaapattu' })).status, 403);
    assert.equal((await admin.postForm('/fi/admin/organisation', { ...valid, _csrf: 'forged' })).status, 403);
    assert.deepEqual(await savedOrganisation(test), before);
  });
});
