import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { recordContributions } from '../../contributions/index.ts';
import { insertBareProcess } from '../test-support/bare-process.ts';
import { layoutWordPicture } from '../views/word-picture.tsx';

const background = (band: string) => [
  { kind: 'age_band', questionCode: 'ika', value: [band], label: band === 'nuori' ? 'Alle 30' : 'Yli 30' },
];

/** Survey answers by age band, workshop notes under one prompt. */
const CONTRIBUTIONS = [
  { channel: 'survey', text: 'Pyörätiet ovat talvella liukkaita. Pyörätiet kuntoon!', band: 'nuori' },
  { channel: 'survey', text: 'Pyöräteitä pitää aurata paremmin, pyörätie on jäässä.', band: 'nuori' },
  { channel: 'survey', text: 'Kirjasto on tärkeä, kirjaston aukioloajat ovat lyhyet.', band: 'vanha' },
  { channel: 'survey', text: 'Kirjastoon lisää aukioloa. Soita 040 123 4567 tai matti.meikalainen@example.fi.', band: 'vanha' },
  { channel: 'workshop', text: 'Satamaan puisto ja penkkejä meren rantaan.', prompt: 'p1' },
  { channel: 'workshop', text: 'Satamassa pitäisi olla puisto ja kävelyreitti.', prompt: 'p1' },
] as const;

describe('key terms per filter: the list with counts beside the word picture', () => {
  let test: TestApp;
  let admin: TestClient;
  let processId: string;
  let base: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    processId = test.demo.processId as string;
    const fresh = await insertBareProcess(test.context.db, organisationId, 'avainsanatesti', 'Avainsanatesti');
    processId = fresh.id;
    base = `/fi/admin/insights/processes/${processId}/terms`;
    await test.context.db.transaction().execute((trx) =>
      recordContributions(
        trx,
        CONTRIBUTIONS.map((item, index) => ({
          organisationId,
          processId,
          channel: item.channel,
          sourceType: 'test',
          sourceId: `k${index}`,
          authorUserId: null,
          participantKey: `p${index}`,
          language: 'fi',
          text: item.text,
          metadata:
            'band' in item
              ? { surveyId: 'kysely', questionId: 'q1', questionCode: 'toive', background: background(item.band) }
              : { workshopId: 'w', promptId: item.prompt, prompt: 'Mitä satamaan?' },
        })),
        new Date('2026-03-01T10:00:00.000Z'),
      ),
    );
  });
  after(() => test.close());

  const terms = (html: string) =>
    Object.fromEntries(
      parse(html)
        .querySelectorAll('#key-term-list tbody tr')
        .map((row) => [row.querySelector('th')?.childNodes[0]?.text.trim() ?? '', Number(row.querySelector('td')?.text)]),
    );

  it('counts the key terms of every contribution, masked, as a list with counts and a word picture whose text alternative is the list', async () => {
    const response = await admin.get(base);
    assert.equal(response.status, 200);
    const page = parse(response.text);
    const counted = terms(response.text);
    assert.ok(Object.keys(counted).length >= 5, JSON.stringify(counted));
    assert.ok(!/example\.fi|040 123|meikalainen/.test(response.text), 'personal data never reaches the page');
    const svg = page.querySelector('svg.word-picture');
    assert.ok(svg, 'a word picture');
    assert.equal(svg.getAttribute('role'), 'img');
    assert.match(page.querySelector('#word-picture-desc')?.text ?? '', /taulukossa/);
    assert.deepEqual(
      svg
        .querySelectorAll('text')
        .map((text) => text.text)
        .sort(),
      Object.keys(counted).sort(),
      'the same words as the list',
    );
    assert.match(response.text, /6 osallistumista/);
  });

  it('narrows by channel, by question or prompt, and by background answer, and the form shows what was chosen', async () => {
    const workshop = await admin.get(`${base}?channels%5B%5D=workshop`);
    const onlyWorkshop = terms(workshop.text);
    assert.ok(
      Object.keys(onlyWorkshop).some((term) => /^puisto/.test(term)),
      JSON.stringify(onlyWorkshop),
    );
    assert.ok(!Object.keys(onlyWorkshop).some((term) => /^(kirjasto|pyörä)/i.test(term)), JSON.stringify(onlyWorkshop));
    assert.ok(parse(workshop.text).querySelector('input[name="channels[]"][value=workshop]')?.hasAttribute('checked'));

    const young = await admin.get(`${base}?background=ika%3Dnuori`);
    assert.equal(young.status, 200);
    const youngTerms = Object.keys(terms(young.text));
    assert.ok(
      youngTerms.some((term) => /^pyörä/i.test(term)),
      JSON.stringify(youngTerms),
    );
    assert.ok(!youngTerms.some((term) => /^kirjasto/i.test(term)), JSON.stringify(youngTerms));
    assert.equal(parse(young.text).querySelector('select[name=background] option[selected]')?.getAttribute('value'), 'ika=nuori');
    assert.match(young.text, /Ikäryhmä: ika/, 'the background question named by its kind');

    const prompt = await admin.get(`${base}?source=workshop%3Ap1`);
    assert.equal(prompt.status, 200);
    assert.match(parse(prompt.text).querySelector('select[name=source] option[selected]')?.text ?? '', /Mitä satamaan/);
    assert.match(prompt.text, /2 osallistumista/);
  });

  it('refuses an unknown phase, question or background group with a message at the field, never a 500', async () => {
    const response = await admin.get(`${base}?phaseId=ei-vaihe&source=survey%3Aei&background=ika%3Dei&channels%5B%5D=postikortti`);
    assert.equal(response.status, 422);
    const page = parse(response.text);
    for (const field of ['phaseId', 'source', 'background']) assert.ok(page.querySelector(`#field-${field}-error`), `an error at ${field}`);
    assert.match(page.querySelector('.error-summary')?.text ?? '', /Kanavat/);
    assert.equal(page.querySelector('#key-term-list'), null);
  });

  it("bounds the start form's numbers as the schema does (min and max on the number fields)", async () => {
    const page = parse((await admin.get(`/fi/admin/insights/processes/${processId}`)).text);
    const bounds = (name: string) => {
      const input = page.querySelector(`input[name=${name}]`);
      return [input?.getAttribute('type'), input?.getAttribute('min'), input?.getAttribute('max')];
    };
    assert.deepEqual(bounds('minThemes'), ['number', '2', '30']);
    assert.deepEqual(bounds('maxThemes'), ['number', '2', '30']);
    assert.deepEqual(bounds('seed'), ['number', '0', '2147483647']);
  });

  it('keeps visitors out and answers an unknown process with 404', async () => {
    assert.equal((await test.client().get(base)).status, 303);
    assert.equal((await admin.get('/fi/admin/insights/processes/ei-prosessi/terms')).status, 404);
  });

  it('lays the word picture out without overlaps, larger for a word said more often', () => {
    const layout = layoutWordPicture(
      Array.from({ length: 30 }, (_, index) => ({
        term: `sana${index}`,
        surface: `sanamuoto${index}`,
        count: 60 - index * 2,
        documents: 1,
      })),
    );
    assert.equal(layout.words.length, 30);
    for (let index = 1; index < layout.words.length; index++)
      assert.ok(layout.words[index]!.size <= layout.words[index - 1]!.size, 'sizes fall with the count');
    const box = (word: (typeof layout.words)[number]) => {
      const width = word.text.length * word.size * 0.6;
      return { left: word.x - width / 2, right: word.x + width / 2, top: word.y - word.size, bottom: word.y };
    };
    for (const [i, a] of layout.words.entries())
      for (const b of layout.words.slice(i + 1)) {
        const [p, q] = [box(a), box(b)];
        const overlap = p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
        assert.ok(!overlap, `${a.text} and ${b.text} overlap`);
      }
    for (const word of layout.words) assert.ok(box(word).left >= 0 && box(word).right <= layout.width, `${word.text} inside`);
  });
});
