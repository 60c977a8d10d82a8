import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { storeFinishedRun } from '../test-support/stored-run.ts';

const ids = (prefix: string, count: number, from = 0) => Array.from({ length: count }, (_, index) => `${prefix}-${from + index}`);

describe('two theme runs compared side by side', () => {
  let test: TestApp;
  let admin: TestClient;
  let earlier: string;
  let later: string;

  before(async () => {
    test = await startTestApp({ demo: true, environment: { TARINA_JOBS: '0' } });
    admin = await test.adminClient();
    const organisationId = test.demo.organisationId as string;
    const processId = test.demo.processId as string;
    earlier = (
      await storeFinishedRun(
        test.context.db,
        {
          organisationId,
          processId,
          themes: [
            { label: 'Pyörätiet', contributionIds: ids('pyora', 10) },
            { label: 'Kirjasto ja nuoret', contributionIds: ids('kirjasto', 10) },
            { label: 'Satama', contributionIds: ids('satama', 6) },
            { label: 'Ranta', contributionIds: ids('ranta', 6) },
            { label: 'Pysäköinti', contributionIds: ids('auto', 8) },
          ],
        },
        new Date('2026-03-01T10:00:00.000Z'),
      )
    ).runId;
    later = (
      await storeFinishedRun(
        test.context.db,
        {
          organisationId,
          processId,
          seed: 2,
          inputsHash: 'toinen',
          themes: [
            { label: 'Pyöräily', contributionIds: ids('pyora', 10) },
            { label: 'Kirjasto', contributionIds: ids('kirjasto', 5) },
            { label: 'Nuorten tilat', contributionIds: ids('kirjasto', 5, 5) },
            { label: 'Satama ja ranta', contributionIds: [...ids('satama', 6), ...ids('ranta', 6)] },
            { label: 'Joukkoliikenne', contributionIds: ids('bussi', 9) },
          ],
          unassigned: ids('auto', 8),
        },
        new Date('2026-03-20T10:00:00.000Z'),
      )
    ).runId;
  });
  after(() => test.close());

  const fates = (html: string, index: number) =>
    parse(html)
      .querySelectorAll('.compare-runs table')
      [index]!.querySelectorAll('tbody tr')
      .map((row) => [row.querySelector('th')?.text, ...row.querySelectorAll('td').map((cell) => cell.text)]);

  it('says which themes persist, split, merge, disappear and appear, and how the runs differ as a whole', async () => {
    const response = await admin.get(`/fi/admin/insights/runs/${later}/compare?with=${earlier}`);
    assert.equal(response.status, 200);
    assert.deepEqual(fates(response.text, 0), [
      ['Pyörätiet', '10', 'Säilyy', 'Pyöräily (100 %)'],
      ['Kirjasto ja nuoret', '10', 'Jakautuu', 'Kirjasto (50 %); Nuorten tilat (50 %)'],
      ['Satama', '6', 'Yhdistyy', 'Satama ja ranta (100 %)'],
      ['Ranta', '6', 'Yhdistyy', 'Satama ja ranta (100 %)'],
      ['Pysäköinti', '8', 'Katoaa', '–'],
    ]);
    assert.deepEqual(fates(response.text, 1), [
      ['Pyöräily', '10', 'Säilyy', 'Pyörätiet (100 %)'],
      ['Kirjasto', '5', 'Jakautuu', 'Kirjasto ja nuoret (100 %)'],
      ['Nuorten tilat', '5', 'Jakautuu', 'Kirjasto ja nuoret (100 %)'],
      ['Satama ja ranta', '12', 'Yhdistyy', 'Satama (50 %); Ranta (50 %)'],
      ['Joukkoliikenne', '9', 'Uusi', '–'],
    ]);
    const facts = parse(response.text).querySelector('dl.summary-list')?.text ?? '';
    assert.match(facts, /Ryhmittelyjen yhtäpitävyys \(NMI\)0,\d\d|Ryhmittelyjen yhtäpitävyys \(NMI\)0\.\d\d/);
    assert.match(facts, /32 yhteisen virkkeen yli/, 'the sentences in a theme in both runs');
    assert.match(facts, /Sama aineistoei/);
    assert.match(facts, /Muuttuneet asetuksetseed/);
    const same = await admin.get(`/fi/admin/insights/runs/${earlier}/compare?with=${later}`);
    assert.deepEqual(fates(same.text, 0), fates(response.text, 0), 'the older run is always the earlier, from either page');
  });

  it('offers the other finished runs, and refuses a run that is not one of them at the field', async () => {
    const page = parse((await admin.get(`/fi/admin/insights/runs/${later}/compare`)).text);
    const offered = page.querySelectorAll('select[name=with] option').map((option) => option.getAttribute('value'));
    assert.ok(offered.includes(earlier) && !offered.includes(later), JSON.stringify(offered));
    const wrong = await admin.get(`/fi/admin/insights/runs/${later}/compare?with=ei-ajo`);
    assert.equal(wrong.status, 422);
    assert.match(parse(wrong.text).querySelector('#field-with-error')?.text ?? '', /Verrattava ajo/);
    assert.equal((await test.client().get(`/fi/admin/insights/runs/${later}/compare`)).status, 303);
    assert.equal((await admin.get('/fi/admin/insights/runs/ei-ajo/compare')).status, 404);
  });
});
