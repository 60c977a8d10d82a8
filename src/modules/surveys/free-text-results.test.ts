import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { apiOk } from './test-fixtures.ts';

interface Definition {
  sections: Array<{ questions: Array<{ id: string; code: string }> }>;
}

/** The texts of a page of free texts, and its previous and next links. */
function read(html: string) {
  const link = (rel: string) => html.match(new RegExp(`<a href="([^"]+)" rel="${rel}">`))?.[1]?.replace(/&amp;/g, '&') ?? null;
  return {
    texts: [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((match) => match[1] ?? ''),
    previous: link('prev'),
    next: link('next'),
  };
}

describe('survey results: the pages of free texts', () => {
  let test: TestApp;
  let path: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    const today = (test.demo.surveyIds as Record<string, string>).today as string;
    const definition = await apiOk<Definition>(test.client(), 'GET', `/api/v1/surveys/${today}`, undefined, 200);
    const story = definition.sections.flatMap((section) => section.questions).find((question) => question.code === 'q2');
    path = `/fi/processes/${test.demo.processSlug}/surveys/${today}/results/questions/${story?.id}`;
  });
  after(() => test.close());

  it('pages forward by cursor from the first page to the last, and back, in the same order as the numbered pages', async () => {
    const client = test.client();
    const first = await client.get(path);
    assert.equal(first.status, 200);
    const total = Number(first.text.match(/(\d+) vastausta, sivu 1\/(\d+)/)?.[1]);
    const pageCount = Math.ceil(total / 25);
    assert.ok(pageCount >= 3, 'the demo has texts for at least three pages');
    let page = read(first.text);
    assert.equal(page.previous, null);
    const seen: string[] = [...page.texts];
    const visited: string[] = [path];
    for (let number = 2; page.next; number += 1) {
      const next = page.next;
      assert.match(next, new RegExp(`\\?after=[0-9a-f-]{36}&page=${number}$`));
      const response = await client.get(next);
      assert.equal(response.status, 200);
      assert.match(response.text, new RegExp(`sivu ${number}/${pageCount}`));
      const numbered = read((await client.get(`${path}?page=${number}`)).text);
      visited.push(next);
      page = read(response.text);
      assert.deepEqual(page.texts, numbered.texts, `page ${number} by cursor and by number`);
      seen.push(...page.texts);
    }
    assert.equal(visited.length, pageCount, 'the last page has no next link');
    assert.equal(seen.length, total);
    assert.equal(page.texts.length, total - (pageCount - 1) * 25);
    // Back from the last page by the previous links: each page as it was going forward, and the first without a cursor.
    for (let number = pageCount - 1; number >= 1; number -= 1) {
      assert.ok(page.previous);
      if (number === 1) assert.equal(page.previous, path);
      else assert.match(page.previous, new RegExp(`\\?before=[0-9a-f-]{36}&page=${number}$`));
      const response = await client.get(page.previous);
      assert.equal(response.status, 200);
      page = read(response.text);
      assert.deepEqual(page.texts, seen.slice((number - 1) * 25, number * 25), `page ${number} going back`);
      assert.ok(page.next?.includes(`page=${number + 1}`));
    }
    assert.equal(page.previous, null);
  });

  it('refuses a cursor that is not an answer id, or two cursors at once, with 422', async () => {
    const client = test.client();
    const cursor = '00000000-0000-4000-8000-000000000000';
    assert.equal((await client.get(`${path}?after=nonsense`)).status, 422);
    assert.equal((await client.get(`${path}?before=${'x'.repeat(300)}`)).status, 422);
    assert.equal((await client.get(`${path}?after=${cursor}&before=${cursor}`)).status, 422);
    assert.equal(
      (await client.get(`${path}?after=${cursor}`)).status,
      200,
      'a well-formed id that is no answer starts from the first answer after it',
    );
  });
});
