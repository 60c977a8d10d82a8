import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createPerson, type TestPerson } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import type { TestClient } from '../../platform/testing/test-client.ts';
import { csvCell } from './export/coverage-csv.ts';
import { createLead, createRoundByApi, unitOf } from './test-support/world.ts';

/** The cells of a coverage table's row whose header cell holds the text. */
function rowOf(html: string, header: string): string[] {
  const row = html.split('<tr>').find((part) => part.includes(`>${header}<`));
  assert.ok(row, `a row for ${header}`);
  return [...row.split('</tr>')[0]!.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
}

/** The map's groups of squares, each as `status:count`, in the order drawn. */
function mapStatuses(html: string): string[] {
  return [...html.matchAll(/data-status="([a-z_]+)"[^>]*>((?:<rect [^>]*><\/rect>)*)<\/g>/g)].map(
    (match) => `${match[1]}:${(match[2]!.match(/<rect /g) ?? []).length}`,
  );
}

describe('coverage: per unit and overall, on the page and in CSV', () => {
  let test: TestApp;
  let admin: TestClient;
  let healthLead: TestPerson;
  let socialLead: TestPerson;
  let elderlyLead: TestPerson;
  let roundId: string;
  const record = {
    heldOn: '2026-05-20',
    participants: 12,
    answers: ['A', 'B', 'C'],
    commitments: [{ what: 'Teemme', whoRole: 'tiimi' }],
    submit: true,
  };
  const put = (lead: TestPerson, unitKey: string, body: unknown, round = roundId) =>
    lead.client.api('PUT', `/api/v1/dialogue-rounds/${round}/communities/${unitOf(test, unitKey)}/record`, body);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    healthLead = await createLead(test, admin, 'cover-health', unitOf(test, 'health-services'));
    socialLead = await createLead(test, admin, 'cover-social', unitOf(test, 'social-services'));
    elderlyLead = await createLead(test, admin, 'cover-elderly', unitOf(test, 'elderly-care'));
    roundId = await createRoundByApi(test, admin, { unitIds: [unitOf(test, 'social-and-health')] });
  });
  after(() => test.close());

  it('two leads submitting at once are both counted; one under way, one not started', async () => {
    const [health, elderly] = await Promise.all([
      put(healthLead, 'health-services', record),
      put(elderlyLead, 'elderly-care', { ...record, participants: 30, commitments: [] }),
    ]);
    assert.equal(health.status, 200, health.text);
    assert.equal(elderly.status, 200, elderly.text);
    const opened = await socialLead.client.api(
      'POST',
      `/api/v1/dialogue-rounds/${roundId}/communities/${unitOf(test, 'social-services')}/open`,
    );
    assert.equal(opened.status, 200, opened.text);
    const page = await admin.get(`/fi/admin/dialogues/${roundId}/coverage`);
    assert.equal(page.status, 200);
    assert.match(page.text, /2 \/ 3 työyhteisöä on käynyt dialoginsa; 0 on myöhässä/);
    // held, under way, not started, overdue, participants / headcount, commitments
    assert.deepEqual(rowOf(page.text, 'Sosiaali- ja terveystoimi'), ['3', '2', '1', '0', '0', '42 / 1190', '1']);
    assert.deepEqual(rowOf(page.text, 'Yhteensä'), ['3', '2', '1', '0', '0', '42 / 1190', '1']);
  });

  it('the map of the units draws a square per work community by status, with a title, a description and a legend', async () => {
    const page = await admin.get(`/fi/admin/dialogues/${roundId}/coverage`);
    const map = page.text.slice(
      page.text.indexOf('<svg class="chart coverage-map"'),
      page.text.indexOf('</svg>', page.text.indexOf('coverage-map-title')),
    );
    assert.match(map, /role="img" aria-labelledby="coverage-map-title coverage-map-description"/);
    assert.match(map, /<title id="coverage-map-title">Työyhteisöjen dialogien tila yksiköittäin: Toukokuun dialogi<\/title>/);
    assert.match(map, /3 työyhteisöä 1 yksikössä: 2 käyty, 1 käynnissä, 0 ei aloitettu ja 0 myöhässä\./);
    assert.match(map, />Sosiaali- ja terveystoimi: 2\/3 käyty</);
    // A group per status, its squares inside: held first, then under way.
    assert.deepEqual(mapStatuses(map), ['held:2', 'under_way:1'], 'held first, then under way');
    assert.equal((map.match(/<rect class="coverage-map__cell" /g) ?? []).length, 3, 'a square per work community');
    assert.match(page.text, /Samat luvut ovat yksiköittäin alla olevassa taulukossa\./);
  });

  it('the table by work community is paged (size in the URL, within its limit); the map and the unit table stay whole', async () => {
    const path = `/fi/admin/dialogues/${roundId}/coverage`;
    const bodyRows = (html: string) => {
      const table = html.slice(html.indexOf('aria-labelledby="coverage-communities"', html.indexOf('<table')));
      return (table.split('</tbody>')[0]!.match(/<tr>/g) ?? []).length - 1;
    };
    const first = await admin.get(`${path}?perPage=1`);
    assert.equal(first.status, 200);
    assert.equal(bodyRows(first.text), 1);
    assert.match(first.text, /Työyhteisöt 1–1 \/ 3, sivu 1 \/ 3\./);
    assert.match(first.text, /<nav class="pagination" aria-label="Työyhteisöjen sivut">/);
    assert.match(first.text, /<span aria-current="page"><span class="visually-hidden">Sivu <\/span>1<\/span>/);
    assert.ok(first.text.includes(`href="${path}?page=2&amp;perPage=1#coverage-communities" rel="next"`), 'the next page keeps the size');
    assert.doesNotMatch(first.text, /rel="prev"/);
    assert.match(first.text, /<option value="1" selected>1<\/option>/, 'the size chosen is the one selected');
    assert.equal((first.text.match(/<rect class="coverage-map__cell" /g) ?? []).length, 3, 'the map draws every work community');
    assert.deepEqual(rowOf(first.text, 'Yhteensä'), ['3', '2', '1', '0', '0', '42 / 1190', '1']);
    const last = await admin.get(`${path}?perPage=1&page=3`);
    assert.match(last.text, /Työyhteisöt 3–3 \/ 3, sivu 3 \/ 3\./);
    assert.ok(last.text.includes(`href="${path}?page=2&amp;perPage=1#coverage-communities" rel="prev"`));
    assert.doesNotMatch(last.text, /rel="next"/);
    const past = await admin.get(`${path}?perPage=1&page=9`);
    assert.match(past.text, /sivu 3 \/ 3\./, 'a page past the end shows the last');
    const whole = await admin.get(path);
    assert.equal(bodyRows(whole.text), 3);
    assert.doesNotMatch(whole.text, /class="pagination"/, 'no page links when one page holds all');
    for (const query of ['perPage=0', 'perPage=201', 'perPage=kaikki', 'page=0', 'page=-1']) {
      const refused = await admin.get(`${path}?${query}`);
      assert.ok(refused.status >= 400 && refused.status < 500, `${query}: ${refused.status}`);
      assert.doesNotMatch(refused.text, /Internal Server Error/);
    }
  });

  it('after the due date the ones not held are overdue', async () => {
    const past = await createRoundByApi(test, admin, {
      unitIds: [unitOf(test, 'social-and-health')],
      opensOn: '2020-01-01',
      dueOn: '2020-02-01',
    });
    const before = await admin.get(`/fi/admin/dialogues/${past}/coverage`);
    assert.deepEqual(mapStatuses(before.text), ['overdue:3']);
    assert.equal((await put(healthLead, 'health-services', record, past)).status, 200);
    const page = await admin.get(`/fi/admin/dialogues/${past}/coverage`);
    assert.deepEqual(mapStatuses(page.text), ['held:1', 'overdue:2'], 'the map is drawn anew when a count changes');
    assert.deepEqual(rowOf(page.text, 'Yhteensä'), ['3', '1', '0', '0', '2', '12 / 1190', '1']);
    assert.match(page.text, /myöhästynyt kirjaus/);
  });

  it('a unit manager sees their own unit only; a lead their community; staff without a lead’s role are refused', async () => {
    const manager = await createLead(test, admin, 'cover-manager', unitOf(test, 'social-and-health'));
    const managed = await manager.client.get(`/fi/admin/dialogues/${roundId}/coverage`);
    assert.equal(managed.status, 200);
    assert.match(managed.text, /Vanhuspalvelut|Terveyspalvelut/);
    const own = await healthLead.client.get(`/fi/admin/dialogues/${roundId}/coverage`);
    assert.equal(own.status, 200);
    assert.match(own.text, /1 \/ 1 työyhteisöä/);
    assert.deepEqual(mapStatuses(own.text), ['held:1'], 'a lead’s map draws their community only');
    assert.deepEqual(mapStatuses((await admin.get(`/fi/admin/dialogues/${roundId}/coverage`)).text), ['held:2', 'under_way:1']);
    assert.doesNotMatch(own.text, /Sosiaalipalvelut<\/a>/);
    const staff = await createPerson(test, 'cover-staff', { roles: ['member'] });
    assert.equal((await staff.client.get(`/fi/admin/dialogues/${roundId}/coverage`)).status, 403);
    assert.equal((await admin.get('/fi/admin/dialogues/no-such-round/coverage')).status, 404);
  });

  it('the CSV has a line per work community with status, participants and headcount', async () => {
    const response = await admin.get(`/en/admin/dialogues/${roundId}/coverage.csv`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/csv/);
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(
      lines[0],
      '"Work community","Unit","Status","Date of the dialogue","Participants / staff","Headcount","Commitments","Late"',
    );
    assert.equal(lines.length, 4);
    assert.ok(
      lines.some((line) => line.startsWith('"Health services","Social and health services","Held","2026-05-20","12","540","1",""')),
    );
    assert.ok(lines.some((line) => line.startsWith('"Social services","Social and health services","Under way"')));
  });

  it('the XLSX has the same lines, numbers as numbers', async () => {
    // The test client reads bodies as text: the workbook is fetched as bytes with the admin's cookies.
    const cookies = (admin as unknown as { cookies: Map<string, string> }).cookies;
    const response = await fetch(`${test.baseUrl}/en/admin/dialogues/${roundId}/coverage.xlsx`, {
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 4);
    assert.equal(sheet.getRow(1).getCell(1).value, 'Work community');
    const health = sheet.getRows(2, 3)!.find((row) => row.getCell(1).value === 'Health services');
    assert.deepEqual([health?.getCell(3).value, health?.getCell(5).value, health?.getCell(6).value], ['Held', 12, 540]);
  });

  it('each download is in the audit log with its format', async () => {
    const rows = await test.context.db
      .selectFrom('audit_log')
      .select(['details', 'actor_user_id'])
      .where('action', '=', 'dialogues.coverage.export')
      .where('subject_id', '=', roundId)
      .orderBy('chain_seq')
      .execute();
    assert.deepEqual(
      rows.map((row) => JSON.parse(row.details).format),
      ['csv', 'xlsx'],
    );
    assert.ok(rows.every((row) => row.actor_user_id !== null));
  });

  it('a cell that looks like a formula is neutralised', () => {
    assert.equal(csvCell('=SUM(A1)'), `"'=SUM(A1)"`);
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  });
});
