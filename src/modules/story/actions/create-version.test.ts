import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { listVersions } from '../queries/list-versions.ts';
import { demoClient, firstVersionForm, storyTestProcess } from '../test-support.ts';

const keysOf = (html: string) => [...html.matchAll(/name="blocks\.(\d+)\.key" value="([^"]*)"/g)].map((match) => match[2]);

describe('story.version.create on both surfaces', () => {
  let test: TestApp;
  let admin: TestClient;
  let slug: string;
  let base: string;
  const numbers = async () =>
    (await listVersions(test.context.db, test.demo.organisationId!, storyTestProcess(test).processId)).map((version) => version.number);

  before(async () => {
    test = await startTestApp({ demo: true });
    admin = await test.adminClient();
    slug = storyTestProcess(test).processSlug;
    base = `/fi/processes/${slug}/story`;
  });
  after(() => test.close());

  it('page: the first version saves from the form (303, flash) and reads back in sections with a table of contents', async () => {
    const form = await admin.get(`${base}/versions/new`);
    assert.equal(form.status, 200);
    assert.match(form.text, /name="baseNumber" value="0"/);
    const saved = await admin.postForm(`${base}/versions`, firstVersionForm);
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `${base}/versions/1`);
    const page = await admin.get(saved.location!);
    assert.match(page.text, /Uusi versio on tallennettu\./);
    assert.match(page.text, /<h2 id="story-[^"]+">Visio<\/h2>/);
    assert.match(page.text, /Rauma on vanha kaupunki meren rannalla\./);
    assert.match(page.text, /class="story-toc"/);
    assert.deepEqual(await numbers(), [1]);
  });

  it('page: the form opens again with every block and its key, written on the latest version', async () => {
    const form = await admin.get(`${base}/versions/new`);
    assert.match(form.text, /name="baseNumber" value="1"/);
    const keys = keysOf(form.text);
    assert.equal(keys.filter(Boolean).length, 3, 'the three blocks keep their keys');
    assert.match(form.text, /name="blocks\.1\.text\.sv"[^>]*>Raumo är en gammal stad vid havet\.<\/textarea>/);
    assert.match(form.text, /name="blocks\.2\.text\.fi"[^>]*>Tehdään yhdessä hyvä tarina\.<\/textarea>/);
  });

  it('a Finnish change marks the unchanged translation as not yet updated; the diff shows the words', async () => {
    const form = await admin.get(`${base}/versions/new`);
    const keys = keysOf(form.text);
    const fields = {
      ...firstVersionForm,
      baseNumber: '1',
      'changelog.fi': 'Visio tarkentui',
      'blocks.0.key': keys[0]!,
      'blocks.1.key': keys[1]!,
      'blocks.1.text.fi': 'Rauma on elävä kaupunki meren rannalla.',
      'blocks.2.key': keys[2]!,
    };
    const saved = await admin.postForm(`${base}/versions`, fields);
    assert.equal(saved.status, 303);
    const swedish = await admin.get(`/sv/processes/${slug}/story`);
    assert.match(swedish.text, /Översättningen har inte uppdaterats ännu/);
    assert.match(swedish.text, /Denna del har inte översatts ännu/, 'the paragraph without Swedish is shown in Finnish, marked');
    const diff = await admin.get(`${base}/diff?from=1&to=2`);
    assert.equal(diff.status, 200);
    assert.match(diff.text, /<del><span class="visually-hidden">\[poistettu: <\/span>vanha/);
    assert.match(diff.text, /<ins><span class="visually-hidden">\[lisätty: <\/span>elävä/);
    const versions = await admin.get(`${base}/versions`);
    assert.match(versions.text, /Visio tarkentui/);
  });

  it('page: an edit written on an older version is refused (409) with what changed shown, the text kept, nothing saved', async () => {
    const stale = await admin.postForm(`${base}/versions`, { ...firstVersionForm, baseNumber: '1', 'blocks.2.text.fi': 'Oma muutokseni.' });
    assert.equal(stale.status, 409);
    assert.match(stale.text, /Toinen muokkaaja tallensi/);
    assert.match(stale.text, /Versiosta 1 versioon 2 muuttunut/);
    assert.match(stale.text, /Oma muutokseni\./);
    assert.match(stale.text, /name="baseNumber" value="2"/, 'sent again, it is written on the version now seen');
    assert.deepEqual(await numbers(), [1, 2]);
  });

  it('page: a missing changelog comes back (422) with the texts as typed', async () => {
    const response = await admin.postForm(`${base}/versions`, { ...firstVersionForm, baseNumber: '2', 'changelog.fi': '' });
    assert.equal(response.status, 422);
    assert.match(response.text, /class="error-summary"/);
    assert.match(response.text, /Rauma on vanha kaupunki meren rannalla\./);
    assert.deepEqual(await numbers(), [1, 2]);
  });

  it('api: saves (201), reads back, refuses a stale base (409) and an unknown key (422)', async () => {
    const created = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
      baseNumber: 2,
      changelog: { fi: 'API' },
      blocks: [{ kind: 'paragraph', text: { fi: 'Yksi kappale.' } }],
    });
    assert.equal(created.status, 201);
    assert.deepEqual(created.json(), { number: 3 });
    const story = await admin.api('GET', `/api/v1/processes/${slug}/story`);
    const body = story.json<{ versions: unknown[]; current: { number: number; blocks: Array<{ text: { fi: string } }> } }>();
    assert.equal(body.versions.length, 3);
    assert.equal(body.current.number, 3);
    assert.deepEqual(
      body.current.blocks.map((block) => block.text.fi),
      ['Yksi kappale.'],
    );
    const stale = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
      baseNumber: 2,
      changelog: { fi: 'x' },
      blocks: [],
    });
    assert.equal(stale.status, 409);
    assert.match(stale.headers.get('content-type') ?? '', /application\/problem\+json/);
    const unknown = await admin.api('POST', `/api/v1/processes/${slug}/story/versions`, {
      baseNumber: 3,
      changelog: { fi: 'x' },
      blocks: [{ key: 'no-such-key', text: { fi: 'x' } }],
    });
    assert.equal(unknown.status, 422);
    assert.deepEqual(await numbers(), [1, 2, 3]);
  });

  it('permissions: visitors 401, residents 403, unknown process 404; drafts are hidden from the public', async () => {
    const visitor = test.client();
    assert.equal((await visitor.postForm(`${base}/versions`, firstVersionForm)).status, 401);
    assert.equal(
      (await visitor.api('POST', `/api/v1/processes/${slug}/story/versions`, { baseNumber: 3, changelog: { fi: 'x' } })).status,
      401,
    );
    const resident = await demoClient(test, 'resident');
    assert.equal((await resident.postForm(`${base}/versions`, { ...firstVersionForm, baseNumber: '3' })).status, 403);
    assert.equal((await resident.get(`${base}/versions/new`)).status, 403);
    assert.equal(
      (await admin.api('POST', '/api/v1/processes/no-such-process/story/versions', { baseNumber: 0, changelog: { fi: 'x' } })).status,
      404,
    );
    assert.equal((await visitor.get(`${base}/versions/1`)).status, 404);
    assert.equal((await visitor.get(`${base}/versions/x`)).status, 404);
    const read = await visitor.api('GET', `/api/v1/processes/${slug}/story`);
    assert.deepEqual(read.json(), { versions: [], current: null });
    assert.match((await visitor.get(base)).text, /Tarinasta ei ole vielä julkaistua versiota\./);
    assert.deepEqual(await numbers(), [1, 2, 3]);
  });
});
