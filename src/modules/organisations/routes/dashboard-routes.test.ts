import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';

describe('admin dashboard (/admin)', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  const signedIn = async (email: string) => {
    const client = test.client();
    await client.signIn(email, DEMO_ADMIN.password);
    return client;
  };

  it('sends a visitor to sign in and back', async () => {
    const response = await test.client().get('/fi/admin');
    assert.equal(response.status, 303);
    assert.equal(response.location, `/fi/sign-in?next=${encodeURIComponent('/fi/admin')}`);
  });

  it('refuses a signed-in person who may use no admin area (403)', async () => {
    const resident = await signedIn('resident@demo.tarina.invalid');
    const response = await resident.get('/fi/admin');
    assert.equal(response.status, 403);
    assert.match(response.text, /Sinulla ei ole oikeutta/);
  });

  it('shows a process manager only the areas they may use, without organisation facts', async () => {
    const manager = await signedIn('manager@demo.tarina.invalid');
    const response = await manager.get('/fi/admin');
    assert.equal(response.status, 200);
    assert.match(response.text, /<ul class="admin-areas"><li><a href="\/fi\/admin\/processes">/);
    assert.doesNotMatch(response.text, /href="\/fi\/admin\/organisation"/);
    assert.doesNotMatch(response.text, /href="\/fi\/admin\/audit"/);
    assert.doesNotMatch(response.text, /Organisaatio lyhyesti/);
    assert.doesNotMatch(response.text, /Viimeisimmät tapahtumat/);
    assert.doesNotMatch(response.text, /Osallistuminen tässä kuussa/);
  });

  it('shows an admin a link per area, the organisation’s figures and the latest audit entries in words', async () => {
    const admin = await test.adminClient();
    await admin.postForm('/fi/admin/units/new', { kind: 'unit', 'name.fi': 'Uusi yksikkö', headcount: '5' });
    const response = await admin.get('/fi/admin');
    assert.equal(response.status, 200);
    assert.match(response.text, /<h1>Ylläpito<\/h1>/);
    for (const [path, label] of [
      ['/fi/admin/organisation', 'Organisaation asetukset'],
      ['/fi/admin/units', 'Yksiköt ja työyhteisöt'],
      ['/fi/admin/audit', 'Tapahtumaloki'],
    ]) {
      assert.match(response.text, new RegExp(`<li><a href="${path}">${label}</a></li>`));
    }
    assert.match(response.text, /<dt>Yksiköitä<\/dt><dd>7<\/dd>/);
    assert.match(response.text, /<dt>Työyhteisöjä<\/dt><dd>19<\/dd>/);
    assert.match(response.text, /<dt>Henkilöstöä yhteensä<\/dt><dd>2\s952<\/dd>/);
    assert.match(response.text, /<caption>Tapahtumalokin uusimmat merkinnät<\/caption>/);
    assert.match(response.text, /Ylläpitäjä lisäsi yksikön: <a href="\/fi\/admin\/units\/[0-9a-f-]+\/edit">»Uusi yksikkö«<\/a>/);
    assert.match(response.text, /<code>organisations\.unit\.create<\/code>/, 'the code stays, behind the disclosure');
    const en = await admin.get('/en/admin');
    assert.match(en.text, /<dt>Total headcount<\/dt><dd>2,952<\/dd>/);
  });
});
