import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPerson } from '../../platform/testing/people.ts';
import { startTestApp, type TestApp } from '../../platform/testing/test-app.ts';
import { createRoundByApi } from './test-support/world.ts';

describe('the process page hub lists an open round to staff only', () => {
  let test: TestApp;

  before(async () => {
    test = await startTestApp({ demo: true });
    const admin = await test.adminClient();
    await createRoundByApi(test, admin, { opensOn: '2020-01-01', dueOn: '2099-12-31' });
  });
  after(() => test.close());

  it('staff see it with a link to the guide; a resident and a visitor do not', async () => {
    const slug = test.demo.processSlug as string;
    const staff = await createPerson(test, 'hub-staff', { roles: ['member'] });
    const page = await staff.client.get(`/fi/processes/${slug}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Toukokuun dialogi/);
    assert.match(page.text, /Työyhteisödialogi/);
    assert.match(page.text, /href="\/fi\/dialogues\/[^"]+"/);
    const resident = await createPerson(test, 'hub-resident');
    assert.doesNotMatch((await resident.client.get(`/fi/processes/${slug}`)).text, /Toukokuun dialogi/);
    assert.doesNotMatch((await test.client().get(`/fi/processes/${slug}`)).text, /Toukokuun dialogi/);
  });
});
