import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { safeCell } from '../export/report-xlsx.ts';

describe('the final report: edited, published, served as page, JSON, XLSX and PDF', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  const download = async (path: string) => {
    const response = await fetch(`${test.baseUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
  };

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = test.demo.processSlug!;
  });
  after(() => test.close());

  it('nothing is public before publishing (404), and a visitor cannot edit', async () => {
    assert.equal((await test.client().get(`/fi/processes/${slug}/report`)).status, 404);
    assert.equal((await test.client().api('GET', `/api/v1/processes/${slug}/report`)).status, 404);
    assert.equal((await test.client().api('GET', `/api/v1/processes/${slug}/open-data`)).status, 404);
    assert.equal((await test.client().api('PUT', `/api/v1/processes/${slug}/report/sections/summary`, { text: { fi: 'x' } })).status, 401);
  });

  it('the coordinator edits a section on the page; a missing Finnish text comes back as the form with the others kept', async () => {
    const editor = await admin.get(`/fi/admin/reports/${slug}`);
    assert.equal(editor.status, 200);
    assert.match(editor.text, /Loppuraporttia ei ole vielä julkaistu\./);
    const form = await admin.get(`/fi/admin/reports/${slug}/sections/summary`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="text\.fi"/);
    const bad = await admin.postForm(`/fi/admin/reports/${slug}/sections/summary`, {
      'text.fi': '',
      'text.sv': 'Svensk text',
      'text.en': '',
    });
    assert.equal(bad.status, 422);
    assert.match(bad.text, /class="error-summary"/);
    assert.match(bad.text, /Svensk text/);
    const saved = await admin.postForm(`/fi/admin/reports/${slug}/sections/summary`, {
      'text.fi': 'Rauman Tarina kokosi kaupunkilaisten äänet.\n\n=SUM(A1:A2) ei ole kaava.',
      'text.sv': 'Raumo berättelse.',
      'text.en': 'The story of Rauma.',
    });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/fi/admin/reports/${slug}`);
    const again = await admin.get(`/fi/admin/reports/${slug}`);
    assert.match(again.text, /Rauman Tarina kokosi kaupunkilaisten äänet\./);
  });

  it('an unknown section or process is 404; the API saves a section (204) and refuses bad input (422)', async () => {
    assert.equal((await admin.get(`/fi/admin/reports/${slug}/sections/nothing`)).status, 404);
    assert.equal((await admin.get('/fi/admin/reports/no-such/sections/summary')).status, 404);
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/report/sections/goals`, { text: { fi: 'Päämäärät.' } })).status, 204);
    assert.equal(
      (await admin.api('PUT', `/api/v1/processes/${slug}/report/sections/goals`, { text: { fi: 'x'.repeat(8001) } })).status,
      422,
    );
  });

  it('publishing makes the page, the JSON, the XLSX and the PDF public', async () => {
    const published = await admin.postForm(`/fi/admin/reports/${slug}/publish`, {});
    assert.equal(published.status, 303);
    const page = await test.client().get(`/fi/processes/${slug}/report`);
    assert.equal(page.status, 200);
    assert.match(page.text, /<h1>Loppuraportti: Rauman Tarina<\/h1>/);
    assert.match(page.text, /Rauman Tarina kokosi kaupunkilaisten äänet\./);
    assert.match(page.text, /<table class="data-table">/);
    assert.match(page.text, /Strategian versio 2 hyväksyttiin/);
    const json = await test.client().api('GET', `/api/v1/processes/${slug}/report`);
    assert.equal(json.status, 200);
    const body = json.json<{
      licence: string;
      sections: Array<{ key: string; text: { fi: string } }>;
      data: { figures: { fi: { people: number } } };
    }>();
    assert.equal(body.licence, 'CC-BY-4.0');
    assert.equal(body.sections.find((section) => section.key === 'goals')?.text.fi, 'Päämäärät.');
    assert.ok(body.data.figures.fi.people > 0);
    assert.doesNotMatch(json.text, /@|"authorUserId"|participant_key/);
  });

  it('XLSX: a text starting with = + - @ is a text cell, never a formula', async () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@A1', 3].map(safeCell), ['=1+1', '+1', '-1', '@A1', 3]);
    const xlsx = await download(`/fi/processes/${slug}/report.xlsx`);
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sections = workbook.worksheets[0]!;
    const summary = sections.getRow(2).getCell(2);
    assert.equal(summary.type, ExcelJS.ValueType.String);
    assert.match(String(summary.value), /=SUM\(A1:A2\)/);
    let formulas = 0;
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    assert.equal(formulas, 0);
  });

  it('PDF: tagged, with a structure tree of headings, the language and the PDF/UA identification', async () => {
    const pdf = await download(`/fi/processes/${slug}/report.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = pdf.body.toString('latin1');
    assert.match(text, /^%PDF-/);
    assert.match(text, /\/StructTreeRoot \d+ 0 R/);
    assert.match(text, /\/MarkInfo <<\/Type \/MarkInfo\s*\/Marked true>>/);
    assert.match(text, /\/S \/H1/);
    assert.match(text, /\/S \/H2/);
    assert.match(text, /\/S \/Table/);
    assert.match(text, /\/Lang \(fi\)/);
    assert.match(text, /<pdfuaid:part>1<\/pdfuaid:part>/);
    assert.match(text, /\/Metadata \d+ 0 R>>\nendobj\nxref/);
    assert.match(text, /\/DisplayDocTitle true/);
  });
});
