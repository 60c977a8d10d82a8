import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { raumaPosts } from '../../../demo/rauma-2013.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { createPost } from '../commands/create-post.ts';
import { adminActor, insertProcess, postInput } from '../test-support/fixtures.ts';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../test-support/xml.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const IRI = /^(tag:[a-z0-9.-]+,\d{4}(-\d{2}(-\d{2})?)?:\S+|https?:\/\/\S+)$/;

/** Asserts what RFC 4287 requires of a feed and of each entry; answers the entries. */
function assertValidAtom(feed: XmlElement, baseUrl: string): XmlElement[] {
  assert.equal(feed.name, 'feed');
  assert.equal(feed.attributes.xmlns, ATOM);
  assert.match(childNamed(feed, 'id').text, IRI);
  assert.ok(childNamed(feed, 'title').text.length > 0);
  assert.match(childNamed(feed, 'updated').text, RFC3339);
  assert.ok(childNamed(childNamed(feed, 'author'), 'name').text.length > 0);
  const self = childrenNamed(feed, 'link').find((link) => link.attributes.rel === 'self');
  assert.ok(self?.attributes.href?.startsWith(`${baseUrl}/`), 'self link is absolute');
  const entries = childrenNamed(feed, 'entry');
  for (const entry of entries) {
    assert.match(childNamed(entry, 'id').text, IRI);
    assert.ok(childNamed(entry, 'title').text.length > 0);
    assert.match(childNamed(entry, 'updated').text, RFC3339);
    assert.match(childNamed(entry, 'published').text, RFC3339);
    assert.ok(childNamed(entry, 'link').attributes.href?.startsWith(`${baseUrl}/`), 'entry link is absolute');
    childNamed(entry, 'summary');
    assert.equal(childNamed(entry, 'content').attributes.type, 'html');
  }
  return entries;
}

describe('Atom feed of a process’s news', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp({ demo: true });
  });
  after(() => test.close());

  it('the strict XML check used here refuses what is not well-formed', () => {
    for (const broken of ['<a><b></a>', '<a>&nbsp;</a>', '<a>x < y</a>', '<a x=1/>', '<a/><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>']) {
      assert.throws(() => parseXml(broken), `should refuse ${broken}`);
    }
    assert.equal(parseXml('<?xml version="1.0" encoding="utf-8"?><a b="&amp;">&lt;&#228;</a>').text, '<ä');
  });

  it('is valid Atom 1.0 with every demo post, newest first, as application/atom+xml', async () => {
    const response = await test.client().get('/fi/processes/rauman-tarina/feed.atom');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    const feed = parseXml(response.text);
    const entries = assertValidAtom(feed, test.baseUrl);
    assert.equal(childNamed(feed, 'title').text, 'Rauman Tarina – uutiset');
    const titles = entries.map((entry) => childNamed(entry, 'title').text);
    const expected = [...raumaPosts].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((post) => post.title.fi);
    assert.deepEqual(titles, expected);
    const first = entries.at(-1)!;
    assert.equal(childNamed(first, 'published').text, '2013-03-04T07:00:00.000Z');
    assert.equal(childNamed(first, 'link').attributes.href, `${test.baseUrl}/fi/processes/rauman-tarina/news/rauman-tarina-alkaa`);
    assert.match(childNamed(first, 'content').text, /^<p>Rauman kaupunki käynnistää/);
    assert.match(childNamed(first, 'content').text, /<strong>Lisätietoja:<\/strong>/);
  });

  it('is in Swedish on the Swedish address, with distinct entry ids', async () => {
    const feed = parseXml((await test.client().get('/sv/processes/rauman-tarina/feed.atom')).text);
    const entries = assertValidAtom(feed, test.baseUrl);
    assert.equal(feed.attributes['xml:lang'], 'sv');
    assert.ok(entries.some((entry) => childNamed(entry, 'title').text === 'Raumos berättelse börjar – hela staden med'));
    const finnish = parseXml((await test.client().get('/fi/processes/rauman-tarina/feed.atom')).text);
    const ids = [...childrenNamed(feed, 'entry'), ...childrenNamed(finnish, 'entry')].map((entry) => childNamed(entry, 'id').text);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('stays well-formed with markup, ampersands and control characters in a post, and leaves drafts out', async () => {
    const actor = adminActor(test.demo.organisationId!);
    const processId = test.demo.processId!;
    await createPost(
      test.context.db,
      actor,
      postInput({
        slug: 'hankala-otsikko',
        processId,
        title: { fi: '<script>alert("x")</script> & "lainaus" \u0007' },
        body: { fi: '<b>ei lihava</b> & [linkki](https://example.fi/?a=1&b=2)' },
      }),
      new Date(),
    );
    await createPost(test.context.db, actor, postInput({ slug: 'syotteen-luonnos', processId, status: 'draft' }), new Date());
    const response = await test.client().get('/fi/processes/rauman-tarina/feed.atom');
    assert.doesNotMatch(response.text, /<script>/);
    const entries = assertValidAtom(parseXml(response.text), test.baseUrl);
    const tricky = entries.find((entry) => childNamed(entry, 'link').attributes.href?.endsWith('/hankala-otsikko'));
    assert.equal(childNamed(tricky!, 'title').text, '<script>alert("x")</script> & "lainaus" ');
    assert.match(childNamed(tricky!, 'content').text, /&lt;b&gt;ei lihava&lt;\/b&gt; &amp; <a href="https:\/\/example.fi\/\?a=1&amp;b=2"/);
    assert.ok(!entries.some((entry) => childNamed(entry, 'link').attributes.href?.endsWith('/syotteen-luonnos')));
  });

  it('answers 404 for an unknown process and for one the visitor may not see', async () => {
    await insertProcess(test.context.db, test.demo.organisationId!, { slug: 'salainen', visibility: 'draft' });
    assert.equal((await test.client().get('/fi/processes/ei-ole/feed.atom')).status, 404);
    assert.equal((await test.client().get('/fi/processes/salainen/feed.atom')).status, 404);
    assert.equal((await (await test.adminClient()).get('/fi/processes/salainen/feed.atom')).status, 200);
  });
});
