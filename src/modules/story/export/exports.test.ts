import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { demoClient, saveVersion, storyTestProcess } from '../test-support.ts';

const INJECTIONS = ['=HYPERLINK("http://evil.example","x")', '+1-2', '-3+4', '@SUM(A1)'];

/** The raw bytes of a GET, as a download saves them (the test client reads bodies as text), with the client's cookies. */
async function download(test: TestApp, client: TestClient, path: string) {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  const response = await fetch(`${test.baseUrl}${path}`, {
    headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('story exports: a version as HTML, the register as XLSX (formula injection guarded)', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    await saveVersion(admin, slug, 0, [{ fi: 'Rauma on vanha kaupunki meren rannalla.', sv: 'Raumo är en gammal stad vid havet.' }]);
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    const key = story.json<{ current: { blocks: Array<{ key: string }> } }>().current.blocks[0]!.key;
    assert.equal((await admin.api('PUT', `/api/v1/processes/${slug}/story/versions/1/comment-period`, { audience: 'anyone' })).status, 204);
    const visitor = test.client();
    const ids: string[] = [];
    for (const body of INJECTIONS) {
      const sent = await visitor.api('POST', `/api/v1/processes/${slug}/story/comments`, { blockKey: key, body });
      assert.equal(sent.status, 201);
      ids.push(sent.json<{ id: string }>().id);
    }
    const answered = await admin.api('POST', `/api/v1/processes/${slug}/story/responses`, {
      commentIds: [ids[0]],
      outcome: 'not_taken',
      text: { fi: '=1+1 ei ole kaava' },
      publish: true,
    });
    assert.equal(answered.status, 201);
  });
  after(() => test.close());

  it('the version downloads as one HTML file in the page’s language with its title, headings and text', async () => {
    const page = await test.client().get(`/sv/processes/${slug}/story`);
    assert.match(page.text, new RegExp(`href="/sv/processes/${slug}/story/versions/1/download" download`));
    const file = await test.client().get(`/sv/processes/${slug}/story/versions/1/download`);
    assert.equal(file.status, 200);
    assert.match(file.text, /^<!doctype html><html lang="sv">/);
    assert.match(file.text, /<title>[^<]+<\/title>/);
    assert.match(file.text, /<main><h1>/);
    assert.match(file.text, /Raumo är en gammal stad vid havet\./);
    assert.doesNotMatch(file.text, /<script/);
    assert.equal((await test.client().get(`/sv/processes/${slug}/story/versions/9/download`)).status, 404);
  });

  it('the register downloads as XLSX for the editors: every comment with its response, texts as Text cells never formulas', async () => {
    const file = await download(test, admin, `/fi/processes/${slug}/story/responses.xlsx`);
    assert.equal(file.status, 200);
    assert.match(file.type, /spreadsheetml/);
    assert.match(file.disposition, /attachment; filename=".+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(5).value, 'Kommenttisi');
    const bodies = [2, 3, 4, 5].map((row) => sheet.getRow(row).getCell(5));
    assert.deepEqual(
      bodies.map((cell) => cell.value),
      INJECTIONS,
    );
    for (const cell of bodies) {
      assert.equal(cell.type, ExcelJS.ValueType.String, 'a text cell, not a formula');
      assert.equal(cell.numFmt, '@');
      assert.equal(cell.formula, undefined);
    }
    assert.equal(sheet.getRow(2).getCell(8).value, 'Ei otettu huomioon');
    assert.equal(sheet.getRow(2).getCell(9).value, '=1+1 ei ole kaava');
    assert.equal(sheet.getRow(2).getCell(1).value, 1);
  });

  it('api: GET …/story/comments lists the published comments with their published responses, no authors', async () => {
    const answer = await test.client().api('GET', `/api/v1/processes/${slug}/story/comments`);
    assert.equal(answer.status, 200);
    const { comments } = answer.json<{ comments: Array<Record<string, unknown> & { response: { outcome: string } | null }> }>();
    assert.equal(comments.length, INJECTIONS.length);
    assert.deepEqual(
      comments.map((comment) => comment.response?.outcome ?? null),
      ['not_taken', null, null, null],
    );
    assert.equal(comments[0]?.versionNumber, 1);
    assert.ok(comments.every((comment) => !('authorUserId' in comment) && !('participantKey' in comment)));
  });

  it('the register’s download is the editors’: a resident 403', async () => {
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.get(`/fi/processes/${slug}/story/responses.xlsx`)).status, 403);
  });
});
