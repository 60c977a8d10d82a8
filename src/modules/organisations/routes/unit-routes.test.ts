import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ADMIN } from '../../../demo.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createUser } from '../../accounts/index.ts';

const newUnit = {
  kind: 'unit',
  parentId: '',
  'name.fi': 'Kaupunkikehitys',
  'name.sv': 'Stadsutveckling',
  'name.en': '',
  headcount: '12',
  position: '7',
};

describe('units (/admin/units)', () => {
  let test: TestApp;
  let admin: TestClient;
  let unitIds: Record<string, string>;
  const units = () =>
    test.context.db.selectFrom('units').selectAll().where('organisation_id', '=', test.demo.organisationId!).orderBy('id').execute();
  const unitNamed = async (fi: string) => (await units()).find((row) => JSON.parse(row.name).fi === fi);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    unitIds = test.demo.unitIds!;
  });
  after(() => test.close());

  it('shows the tree: units with their work communities, headcounts and totals', async () => {
    const response = await admin.get('/fi/admin/units');
    assert.equal(response.status, 200);
    assert.match(response.text, /6 yksikköä, 19 työyhteisöä, henkilöstöä yhteensä 2\s947\./);
    const social = response.text.indexOf('<h2>Sosiaali- ja terveystoimi</h2>');
    const health = response.text.indexOf('<h3>Terveyspalvelut</h3>');
    const education = response.text.indexOf('<h2>Sivistystoimi</h2>');
    assert.ok(social > 0 && social < health && health < education, 'work communities nest under their unit');
    assert.match(response.text, /Henkilöstömäärä 1\s190 · työyhteisöissä yhteensä 1\s190/);
    assert.match(response.text, /<ul class="org-chart">/);
    const sv = await admin.get('/sv/admin/units');
    assert.match(sv.text, /<h2>Social- och hälsovården<\/h2>/);
  });

  it('creates a unit and a work community beneath it', async () => {
    const form = await admin.get('/fi/admin/units/new');
    assert.equal(form.status, 200);
    assert.match(form.text, /<label for="field-parentId"/);
    const created = await admin.postForm('/fi/admin/units/new', newUnit);
    assert.equal(created.status, 303);
    assert.equal(created.location, '/fi/admin/units');
    const unit = await unitNamed('Kaupunkikehitys');
    assert.ok(unit);
    assert.equal(unit.kind, 'unit');
    assert.equal(unit.headcount, 12);
    assert.equal(unit.position, 7);
    assert.equal(unit.parent_id, null);
    const child = await admin.postForm('/fi/admin/units/new', {
      ...newUnit,
      kind: 'work_community',
      parentId: unit.id,
      'name.fi': 'Elinvoimapalvelut',
      headcount: '',
      position: '',
    });
    assert.equal(child.status, 303);
    const row = await unitNamed('Elinvoimapalvelut');
    assert.equal(row?.parent_id, unit.id);
    assert.equal(row?.headcount, 0, 'a blank headcount is 0');
    const page = await admin.get('/fi/admin/units');
    assert.match(page.text, /Yksikkö on lisätty\./);
    assert.match(page.text, /<h3>Elinvoimapalvelut<\/h3>/);
    assert.match(page.text, /poikkeaa yksikön henkilöstömäärästä/, '12 ≠ 0 is pointed out in words');
  });

  it('offers only units as parents and pre-selects the one asked for', async () => {
    const form = await admin.get(`/fi/admin/units/new?parent=${unitIds['technical-services']}&kind=work_community`);
    assert.match(form.text, new RegExp(`<option value="${unitIds['technical-services']}" selected>Tekninen toimi</option>`));
    assert.match(form.text, /<option value="work_community" selected>/);
    assert.doesNotMatch(form.text, new RegExp(`<option value="${unitIds['facility-services']}"`), 'no work community as a parent');
  });

  it('edits a unit, keeping it in place, and records the change', async () => {
    const id = unitIds['youth-services']!;
    const form = await admin.get(`/fi/admin/units/${id}/edit`);
    assert.equal(form.status, 200);
    const leisure = await admin.get(`/fi/admin/units/${unitIds['leisure-services']}/edit`);
    assert.doesNotMatch(
      leisure.text,
      new RegExp(`<option value="${unitIds['leisure-services']}"`),
      'a unit is not offered as its own parent',
    );
    assert.match(leisure.text, new RegExp(`<option value="${unitIds['technical-services']}">Tekninen toimi</option>`));
    assert.match(form.text, /name="name\.fi"[^>]*value="Nuorisopalvelut"/);
    const saved = await admin.postForm(`/fi/admin/units/${id}/edit`, {
      kind: 'work_community',
      parentId: unitIds['leisure-services']!,
      'name.fi': 'Nuorisotyö',
      'name.sv': 'Ungdomsarbete',
      'name.en': 'Youth work',
      headcount: '26',
      position: '1',
    });
    assert.equal(saved.status, 303);
    const row = (await units()).find((unit) => unit.id === id);
    assert.equal(JSON.parse(row!.name).fi, 'Nuorisotyö');
    assert.equal(row!.headcount, 26);
    const audit = await test.context.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'organisations.unit.update')
      .where('subject_id', '=', id)
      .executeTakeFirst();
    assert.ok(audit);
  });

  it('refuses bad input with 422 at the field, in the user’s language, and saves nothing', async () => {
    const before = await units();
    const id = unitIds['social-and-health']!;
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['/fi/admin/units/new', { 'name.fi': 'x'.repeat(161) }, /Kirjoita enintään 160 merkkiä\./],
      ['/fi/admin/units/new', { 'name.fi': '' }, /Tämä tieto on pakollinen\./],
      ['/fi/admin/units/new', { headcount: '-1' }, /Anna henkilöstömäärä kokonaislukuna väliltä 0–1\s000\s000\./],
      ['/fi/admin/units/new', { headcount: 'kaksitoista' }, /Anna henkilöstömäärä kokonaislukuna/],
      ['/fi/admin/units/new', { headcount: '1.5' }, /Anna henkilöstömäärä kokonaislukuna/],
      ['/fi/admin/units/new', { headcount: '1000001' }, /Anna henkilöstömäärä kokonaislukuna/],
      ['/fi/admin/units/new', { position: 'ensin' }, /Anna järjestys kokonaislukuna/],
      ['/fi/admin/units/new', { kind: 'department' }, /Valitse yksikkö tai työyhteisö\./],
      ['/fi/admin/units/new', { parentId: 'no-such-unit' }, /Valittua yläyksikköä ei löydy\./],
      ['/fi/admin/units/new', { parentId: unitIds['health-services']! }, /Työyhteisön alle ei voi lisätä muita\./],
      [`/fi/admin/units/${id}/edit`, { parentId: id }, /Yksikköä ei voi siirtää itsensä tai omien alayksikköjensä alle\./],
      [`/fi/admin/units/${id}/edit`, { kind: 'work_community' }, /Yksikkö, jonka alla on työyhteisöjä, ei voi olla työyhteisö\./],
      ['/en/admin/units/new', { headcount: '-5' }, /Enter the headcount as a whole number from 0 to 1,000,000\./],
    ];
    for (const [path, change, message] of cases) {
      const response = await admin.postForm(path, { ...newUnit, 'name.fi': 'Virheellinen', ...change });
      assert.equal(response.status, 422, `${path} ${JSON.stringify(change)}`);
      assert.match(response.text, message, JSON.stringify(change));
      assert.match(response.text, /class="error-summary"/);
      assert.match(response.text, /aria-invalid="true"/);
    }
    assert.deepEqual(await units(), before);
  });

  it('refuses a cycle through a grandchild', async () => {
    const top = await admin.postForm('/fi/admin/units/new', { ...newUnit, 'name.fi': 'Ylin' });
    assert.equal(top.status, 303);
    const topId = (await unitNamed('Ylin'))!.id;
    await admin.postForm('/fi/admin/units/new', { ...newUnit, 'name.fi': 'Keski', parentId: topId });
    const middleId = (await unitNamed('Keski'))!.id;
    const response = await admin.postForm(`/fi/admin/units/${topId}/edit`, { ...newUnit, 'name.fi': 'Ylin', parentId: middleId });
    assert.equal(response.status, 422);
    assert.match(response.text, /omien alayksikköjensä alle/);
    assert.equal((await unitNamed('Ylin'))!.parent_id, null);
  });

  it('escapes hostile HTML in names', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    assert.equal((await admin.postForm('/fi/admin/units/new', { ...newUnit, 'name.fi': hostile })).status, 303);
    const page = await admin.get('/fi/admin/units');
    assert.doesNotMatch(page.text, /<img src=x/);
    assert.match(page.text, /&lt;img src=x onerror=alert\(1\)>/);
    const failed = await admin.postForm('/fi/admin/units/new', { ...newUnit, 'name.fi': hostile, headcount: '-1' });
    assert.equal(failed.status, 422);
    assert.doesNotMatch(failed.text, /<img src=x/);
  });

  it('asks before deleting, deletes, and keeps the people who were in the unit', async () => {
    const id = unitIds['building-control']!;
    const userId = await createUser(
      test.context.db,
      test.demo.organisationId!,
      { email: 'rakennusvalvonta@demo.tarina.invalid', displayName: 'Tarkastaja', password: DEMO_ADMIN.password, locale: 'fi', unitId: id },
      new Date(),
    );
    const confirm = await admin.get(`/fi/admin/units/${id}/delete`);
    assert.equal(confirm.status, 200);
    assert.match(confirm.text, /Haluatko varmasti poistaa yksikön Rakennusvalvonta\?/);
    assert.match(confirm.text, /name="confirm" value="yes"/);
    const unconfirmed = await admin.postForm(`/fi/admin/units/${id}/delete`, {});
    assert.equal(unconfirmed.status, 303);
    assert.ok(
      (await units()).some((unit) => unit.id === id),
      'nothing is deleted without confirm=yes',
    );
    const deleted = await admin.postForm(`/fi/admin/units/${id}/delete`, { confirm: 'yes' });
    assert.equal(deleted.status, 303);
    assert.equal(deleted.location, '/fi/admin/units');
    assert.ok(!(await units()).some((unit) => unit.id === id));
    const user = await test.context.db.selectFrom('users').select('unit_id').where('id', '=', userId).executeTakeFirstOrThrow();
    assert.equal(user.unit_id, null);
  });

  it('refuses to delete a unit with work communities with a clear 409', async () => {
    const id = unitIds['central-administration']!;
    const page = await admin.get(`/fi/admin/units/${id}/delete`);
    assert.equal(page.status, 409);
    assert.match(page.text, /Yksikön alla on vielä työyhteisöjä\. Siirrä tai poista ne ensin\./);
    const post = await admin.postForm(`/fi/admin/units/${id}/delete`, { confirm: 'yes' });
    assert.equal(post.status, 409);
    assert.ok((await units()).some((unit) => unit.id === id));
  });

  it('answers 404 for an unknown unit on every page', async () => {
    for (const path of ['/fi/admin/units/nope/edit', '/fi/admin/units/nope/delete']) {
      assert.equal((await admin.get(path)).status, 404, path);
    }
    assert.equal((await admin.postForm('/fi/admin/units/nope/edit', newUnit)).status, 404);
    assert.equal((await admin.postForm('/fi/admin/units/nope/delete', { confirm: 'yes' })).status, 404);
    assert.equal((await admin.postForm('/fi/admin/units/%0d%0aX-Injected:%201/delete', {})).status, 404);
    assert.equal((await admin.get(`/fi/admin/units/${'x'.repeat(65)}/edit`)).status, 422);
  });

  it('sends visitors to sign in and refuses people without the permission', async () => {
    assert.equal((await test.client().get('/fi/admin/units')).status, 303);
    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', DEMO_ADMIN.password);
    const before = await units();
    assert.equal((await resident.get('/fi/admin/units')).status, 403);
    assert.equal((await resident.get('/fi/admin/units/new')).status, 403);
    assert.equal((await resident.postForm('/fi/admin/units/new', newUnit)).status, 403);
    assert.equal((await resident.postForm(`/fi/admin/units/${unitIds['sports-services']}/delete`, { confirm: 'yes' })).status, 403);
    assert.deepEqual(await units(), before);
  });
});
