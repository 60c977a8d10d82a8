import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { insertBody, insertProcess } from '../test-fixtures.ts';

const ORGANISATION = '/processes/rauman-tarina/organisation';

describe('the organisation chart page', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('nests the bodies by parent: council › board › steering group › coordination group › project group', async () => {
    const page = await test.client().get(`/fi${ORGANISATION}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<ul class="org-chart" aria-label="Organisaatiokaavio">/);
    assert.match(
      page.text,
      /<h2>Kaupunginvaltuusto<\/h2>[\s\S]*<ul><li class="org-chart__node">[\s\S]*<h3>Kaupunginhallitus<\/h3>[\s\S]*<h4>Ohjausryhmä \(kaupungin johtoryhmä\)<\/h4>[\s\S]*<h5>Koordinaatioryhmä<\/h5>[\s\S]*<h6>Projektiryhmä<\/h6>/,
    );
    assert.match(page.text, /<h2>RAUMAVIISAAT<\/h2>/);
    assert.match(page.text, /<h2>Kuntalaiset<\/h2>/);
  });

  it('shows members by position with their responsibility', async () => {
    const sv = (await test.client().get(`/sv${ORGANISATION}`)).text;
    assert.match(
      sv,
      /<strong>Stadsdirektör<\/strong> – <span>Leder ledningsgruppen och ser till att roller och ansvar är tydliga\.<\/span>/,
    );
    assert.match(sv, /<html lang="sv"/);
  });

  it('lists the stakeholder panel’s twelve sectors', async () => {
    const page = (await test.client().get(`/fi${ORGANISATION}`)).text;
    const list = /<ul class="sector-list"[^>]*>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    const sectors = [...list.matchAll(/<li>([^<]+)<\/li>/g)].map((match) => match[1]);
    assert.equal(sectors.length, 12);
    assert.equal(sectors[0], 'Asuminen');
    assert.equal(sectors[11], 'Markkinointi ja viestintä');
    assert.match(page, /Jäseniä kutsutaan 12 sektorilta:/);
  });

  it('still shows bodies whose parents form a loop', async () => {
    const db = test.context.db;
    const organisationId = test.demo.organisationId!;
    const processId = await insertProcess(db, organisationId, { slug: 'silmukka' });
    const first = await insertBody(db, organisationId, processId, { name: { fi: 'Ensimmäinen' } });
    const second = await insertBody(db, organisationId, processId, { name: { fi: 'Toinen' }, parentId: first });
    await db.updateTable('process_bodies').set({ parent_id: second }).where('id', '=', first).execute();
    const page = await test.client().get('/fi/processes/silmukka/organisation');
    assert.equal(page.status, 200);
    assert.match(page.text, /Ensimmäinen/);
    assert.match(page.text, /Toinen/);
    assert.match(page.text, /\(sektori: Sektori\)/);
  });

  it('answers 404 for an unknown process', async () => {
    const response = await test.client().get('/en/processes/unknown/organisation');
    assert.equal(response.status, 404);
    assert.match(response.text, /Page not found/);
  });
});
