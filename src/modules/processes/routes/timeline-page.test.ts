import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../../platform/clock.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { insertBody, insertProcess } from '../test-fixtures.ts';

const TIMELINE = '/processes/rauman-tarina/timeline';

function headings(html: string): string[] {
  return [...html.matchAll(/<h2 id="timeline-[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]!);
}

function itemTitles(html: string): string[] {
  return [...html.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((match) => match[1]!);
}

describe('the timeline page', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true, clock: fixedClock('2013-04-10T09:00:00Z') });
  });
  after(() => test.close());

  it('groups the items month by month, and a season where only the season is known', async () => {
    const fi = await test.client().get(`/fi${TIMELINE}`);
    assert.equal(fi.status, 200);
    assert.deepEqual(headings(fi.text), ['Helmikuu 2013', 'Maaliskuu 2013', 'Huhtikuu 2013', 'Toukokuu 2013', 'Elokuu 2013', 'Syksy 2013']);
    const sv = await test.client().get(`/sv${TIMELINE}`);
    assert.deepEqual(headings(sv.text), ['Februari 2013', 'Mars 2013', 'April 2013', 'Maj 2013', 'Augusti 2013', 'Hösten 2013']);
    assert.equal(itemTitles(fi.text).length, 15);
  });

  it('shows dates as exactly as they are known: a day with its time, a month, months, a season', async () => {
    const fi = (await test.client().get(`/fi${TIMELINE}`)).text;
    assert.match(fi, /<time datetime="2013-04-10T09:00">10\. huhtikuuta 2013<\/time><br\/>klo 9\.00–11\.00/);
    assert.match(fi, /<time datetime="2013-03">maaliskuu 2013<\/time>/);
    assert.match(fi, /<time datetime="2013-08">elokuu( 2013)?–syyskuu 2013<\/time>/);
    assert.match(fi, /<time datetime="2013">Syksy 2013<\/time>/);
    assert.match(fi, /22\.–23\. huhtikuuta 2013/);
    const en = (await test.client().get(`/en${TIMELINE}`)).text;
    assert.match(en, /<time datetime="2013">Autumn 2013<\/time>/);
  });

  it('shows each item with its kind, purpose, who is responsible and whom it is for', async () => {
    const fi = (await test.client().get(`/fi${TIMELINE}`)).text;
    const item =
      /<li class="timeline__item">((?:(?!<\/li><li class="timeline__item">)[\s\S])*?Laaja strategiaseminaari[\s\S]*?)<\/ul><\/div><\/li>/.exec(
        fi,
      )?.[1] ?? '';
    assert.match(item, /<span class="timeline__kind">Seminaari<\/span>/);
    assert.match(item, /Rauman Tarinan työstäminen yhdessä luottamushenkilöiden/);
    assert.match(item, /Vastuu: <span>Kaupunginvaltuusto, kaupunginhallitus ja kaupungin johtoryhmä<\/span>/);
    assert.match(item, /<li>Kaupunginvaltuusto<\/li><li>Kaupunginhallitus<\/li><li>Ohjausryhmä \(kaupungin johtoryhmä\)<\/li>/);
  });

  it('filters by audience body with a GET form', async () => {
    const page = (await test.client().get(`/fi${TIMELINE}`)).text;
    assert.match(page, /<form method="get" action="\/fi\/processes\/rauman-tarina\/timeline" class="timeline__filter">/);
    const filtered = await test.client().get(`/fi${TIMELINE}?audience=${test.demo.bodyIds!.raumaviisaat}`);
    assert.equal(filtered.status, 200);
    assert.deepEqual(itemTitles(filtered.text), [
      'Osallistumissivusto avataan',
      'RAUMAVIISAAT-tulevaisuustyöpaja',
      'RAUMAVIISAAT-aamukahvi',
    ]);
    assert.match(filtered.text, /Näytetään 3 tapahtumaa ryhmälle RAUMAVIISAAT\./);
    assert.match(filtered.text, new RegExp(`<option value="${test.demo.bodyIds!.raumaviisaat}" selected>RAUMAVIISAAT</option>`));
    const everyone = await test.client().get(`/fi${TIMELINE}?audience=`);
    assert.equal(itemTitles(everyone.text).length, 15);
  });

  it('answers an unknown, foreign, repeated, over-long or hostile audience with 400 and a message in the page language', async () => {
    const db = test.context.db;
    const otherProcess = await insertProcess(db, test.demo.organisationId!, { slug: 'toinen' });
    const foreignBody = await insertBody(db, test.demo.organisationId!, otherProcess, { name: { fi: 'Vieras ryhmä' } });
    const bad = [
      'no-such-body',
      foreignBody,
      `${test.demo.bodyIds!.council}&audience=${test.demo.bodyIds!.board}`,
      'x'.repeat(500),
      encodeURIComponent('<script>alert(1)</script>'),
      encodeURIComponent("' OR 1=1 --"),
    ];
    for (const value of bad) {
      const response = await test.client().get(`/fi${TIMELINE}?audience=${value}`);
      assert.equal(response.status, 400, value);
      assert.match(response.text, /Valitse ryhmä tämän prosessin ryhmistä\./);
      assert.doesNotMatch(response.text, /<script>alert/);
      assert.equal(itemTitles(response.text).length, 0);
    }
    const sv = await test.client().get(`/sv${TIMELINE}?audience=no-such-body`);
    assert.equal(sv.status, 400);
    assert.match(sv.text, /Välj en grupp bland den här processens grupper\./);
  });
});
