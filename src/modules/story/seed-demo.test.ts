import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';

describe('story demo: Rauma’s Story of 2013', () => {
  let test: TestApp;
  let base: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    base = `/processes/${test.demo.processSlug}/story`;
  });
  after(() => test.close());

  it('reads version 2, approved by the city council, in fi, sv and en', async () => {
    const visitor = test.client();
    const fi = await visitor.get(`/fi${base}`);
    assert.equal(fi.status, 200);
    assert.match(fi.text, /Hyväksytty: Kaupunginvaltuusto 16\. syyskuuta 2013 \(§ 105\)/);
    assert.match(fi.text, /Rauma – vanha merikaupunki, joka kirjoittaa tulevaisuutensa yhdessä\./);
    assert.match(fi.text, /Jokainen voi tehdä hyvän teon\./);
    assert.match((await visitor.get(`/sv${base}`)).text, /Raumo – en gammal sjöfartsstad/);
    assert.match((await visitor.get(`/en${base}`)).text, /Rauma – an old seafaring town that writes its future together\./);
  });

  it('holds two versions with changelogs, the comment period of August, four comments each with a published response', async () => {
    const story = (await test.client().api('GET', `/api/v1${base}`)).json<{
      versions: Array<{ number: number; status: string; changelog: { fi: string }; comments: { closesAt: string } | null }>;
    }>();
    assert.deepEqual(
      story.versions.map((version) => [version.number, version.status]),
      [
        [1, 'draft'],
        [2, 'decided'],
      ],
    );
    assert.ok(story.versions.every((version) => version.changelog.fi.length > 0));
    assert.match(story.versions[0]?.comments?.closesAt ?? '', /^2013-08-31/);
    const comments = await test.context.db
      .selectFrom('story_comments')
      .innerJoin('story_responses', 'story_responses.id', 'story_comments.response_id')
      .select(['story_responses.outcome', 'story_responses.published_at'])
      .where('story_comments.process_id', '=', test.demo.processId!)
      .execute();
    assert.equal(comments.length, 4, 'every comment has its response');
    assert.deepEqual([...new Set(comments.map((comment) => comment.outcome))].sort(), ['out_of_scope', 'partly', 'taken']);
    assert.ok(comments.every((comment) => comment.published_at !== null));
    const decisions = (await test.client().api('GET', `/api/v1/processes/${test.demo.processSlug}/decisions`)).json<{
      decisions: Array<{ versionNumber: number; body: { fi: string } }>;
    }>().decisions;
    assert.deepEqual(
      decisions.map((decision) => [decision.versionNumber, decision.body.fi]),
      [[2, 'Kaupunginvaltuusto']],
    );
  });

  it('the council’s and board’s seminars’ agreed outcomes show, in order, under the paragraphs they shaped', async () => {
    const page = parse((await test.client().get(`/fi${base}`)).text);
    const notes = (name: string) => {
      const paragraph = page.querySelectorAll('.story-block').find((block) => block.text.includes(name));
      return paragraph?.querySelectorAll('.story-seminars li').map((item) => item.text) ?? [];
    };
    assert.deepEqual(notes('Elinvoimainen merikaupunki'), [
      'Valtuuston ja hallituksen strategiaseminaari 3. Satama, koulutus ja tutkimus elinvoiman kärjeksi',
      'Kaupunginhallituksen seminaari 1. Neljä arvopohjaista päämäärää: arki, elinvoima, kulttuuri ja organisaatio',
    ]);
    assert.deepEqual(notes('Kulttuuri kertoo tarinaa'), [
      'Kaupunginhallituksen seminaari 1. Neljä arvopohjaista päämäärää: arki, elinvoima, kulttuuri ja organisaatio',
      'Kaupunginhallituksen seminaari 2. Vanha Rauma, pitsi ja murre tarinan tunnetuiksi tekijöiksi',
    ]);
    assert.deepEqual(notes('Jokainen voi tehdä hyvän teon'), [], 'the paragraph written after the seminars has none');
    assert.match((await test.client().get(`/en${base}`)).text, /City board seminar 1\./);
    const links = await test.context.db
      .selectFrom('story_seminar_links')
      .innerJoin('story_versions', 'story_versions.id', 'story_seminar_links.version_id')
      .select('story_versions.number')
      .where('story_versions.process_id', '=', test.demo.processId!)
      .execute();
    assert.deepEqual(
      [1, 2].map((number) => links.filter((link) => link.number === number).length),
      [9, 9],
      'both versions carry the links',
    );
  });

  it('the comparison of versions 1 and 2 shows what the comments changed', async () => {
    const diff = await test.client().get(`/fi${base}/diff?from=1&to=2`);
    assert.equal(diff.status, 200);
    assert.match(diff.text, /harrastuksia/);
  });
});
