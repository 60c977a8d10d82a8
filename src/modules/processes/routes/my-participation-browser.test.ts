import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PARTICIPANT_COOKIE } from '../../../platform/participation/participant.ts';
import { fewestStatements } from '../../../platform/testing/fewest-statements.ts';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import type { TestClient } from '../../../platform/testing/test-client.ts';
import { createFixtureSurvey, firstSectionFields, secondSectionFields } from '../../surveys/test-fixtures.ts';
import { createWorkshop, join } from '../../workshops/test-support/fixtures.ts';

// A browser takes part without an account in a survey, a statements channel and a workshop
// through real HTTP, then opens "My participation" with the same cookie jar and with others.

describe("my participation lists this browser's participation without an account", () => {
  let test: TestApp;
  let browser: TestClient;
  let page: string;
  let surveyId: string;
  let workshopId: string;

  before(async () => {
    test = await startTestApp({ demo: true });
    const admin = await test.adminClient();
    const survey = await createFixtureSurvey(test, admin);
    surveyId = survey.id;
    const workshop = await createWorkshop(test, admin);
    workshopId = workshop.id;
    page = `/fi/processes/${test.demo.processSlug}/my-participation`;

    browser = test.client();
    const base = `/fi/processes/${test.demo.processSlug}/surveys/${survey.id}`;
    assert.equal((await browser.postForm(`${base}/sections/1`, firstSectionFields(survey))).status, 303);
    const sent = await browser.postForm(`${base}/sections/2`, secondSectionFields(survey));
    assert.equal(sent.status, 303, sent.text);
    assert.equal(sent.location, `${base}/receipt`);

    const channelId = test.demo.statementChannelId as string;
    const channel = await browser.api('GET', `/api/v1/statements/${channelId}`);
    const statementId = channel.json<{ participant: { nextStatementId: string } }>().participant.nextStatementId;
    const voted = await browser.api('POST', `/api/v1/statements/${channelId}/votes`, { statementId, vote: 'agree' });
    assert.equal(voted.status, 200, voted.text);

    const joined = await join(browser, workshop.joinCode);
    assert.ok(joined.status < 300, joined.text);
  });
  after(() => test.close());

  it('shows the survey answer, the vote and the workshop to the same browser, without signing in', async () => {
    const response = await browser.get(page);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store', 'never kept by a shared cache');
    const text = response.text;
    assert.match(text, /tällä selaimella kirjautumatta/);
    assert.match(text, /Testikysely<\/h2>\s*<p>Vastasit kyselyyn/);
    assert.match(text, new RegExp(`href="/fi/processes/${test.demo.processSlug}/surveys/${surveyId}">Katso vastauksesi`));
    assert.match(text, /Millainen Rauman pitäisi olla vuonna 2025\?<\/h2>\s*<p>1 ääni/);
    assert.match(text, /Testityöpaja<\/h2>\s*<p>Liityit mukaan: ei lappuja, ei ääniä/);
    assert.match(text, new RegExp(`href="/fi/workshops/${workshopId}">Palaa huoneeseen`));
    assert.equal([...text.matchAll(/<li data-kind="/g)].length, 3, 'each once');
  });

  it('reads the page with the same number of statements however many channels and rows the browser has', async () => {
    const countFor = () =>
      fewestStatements(test.queries, async () => {
        assert.equal((await browser.get(page)).status, 200);
      });
    const before = await countFor();
    const admin = await test.adminClient();
    for (let index = 0; index < 4; index += 1) {
      const another = await createWorkshop(test, admin, { title: { fi: `Lisäpaja ${index}` } });
      assert.ok((await join(browser, another.joinCode)).status < 300);
    }
    assert.equal(await countFor(), before);
    assert.equal([...(await browser.get(page)).text.matchAll(/<li data-kind="workshop"/g)].length, 5);
  });

  it('shows nothing of it to another browser, nor to a forged cookie', async () => {
    const fresh = await test.client().get(page);
    assert.equal(fresh.status, 200, 'the page is open without signing in');
    assert.match(fresh.text, /Tällä selaimella ei ole vielä osallistuttu tähän prosessiin kirjautumatta\./);
    assert.match(fresh.text, /Kirjaudu sisään, niin näet myös tililläsi tehdyt/);
    for (const title of ['Testikysely', 'Millainen Rauman', 'Testityöpaja']) assert.ok(!fresh.text.includes(title), title);
    assert.doesNotMatch(fresh.text, /data-kind=/);

    const forged = await test.client({ cookie: `${PARTICIPANT_COOKIE}=${'a'.repeat(43)}.forged` }).get(page);
    assert.equal(forged.status, 200);
    assert.doesNotMatch(forged.text, /data-kind=/);

    const resident = test.client();
    await resident.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const theirs = (await resident.get(page)).text;
    for (const title of ['Testikysely', 'Testityöpaja']) assert.ok(!theirs.includes(title), title);
  });

  it('keeps listing them, marked, once the same browser signs in', async () => {
    await browser.signIn('resident@demo.tarina.invalid', 'rauma-2013-demo');
    const text = (await browser.get(page)).text;
    assert.match(text, /Testikysely<\/h2>\s*<p>Vastasit kyselyyn · <time[^>]*>[^<]*<\/time> · Tällä selaimella kirjautumatta/);
    assert.match(text, /Testityöpaja<\/h2>/);
  });

  it('links the page from the process pages for everyone, and an unknown process is 404', async () => {
    const processPage = await test.client().get(`/fi/processes/${test.demo.processSlug}`);
    assert.match(processPage.text, new RegExp(`href="${page}"`));
    assert.equal((await test.client().get('/fi/processes/ei-ole/my-participation')).status, 404);
  });
});
