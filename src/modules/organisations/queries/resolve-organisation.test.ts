import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../platform/testing/test-app.ts';
import { forgetResolvedOrganisations, resolveOrganisation } from './resolve-organisation.ts';

describe('the organisation of a host name is looked up once for the requests that need it together', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp();
  });
  after(() => test.close());

  it('lets requests that come while the look-up runs join it, keeps the answer a while, and looks up again once it expired', async () => {
    forgetResolvedOrganisations();
    test.queries.reset();
    const now = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, () => resolveOrganisation(test.context.db, 'Example.TEST:8080', now)));
    const lookUps = test.queries.count;
    assert.ok(lookUps >= 1 && lookUps <= 2, `one look-up (by host, then the default) for forty requests: ${lookUps} statements`);
    assert.ok(answers[0], 'the default organisation answers an unknown host');
    assert.ok(
      answers.every((answer) => answer === answers[0]),
      'every request gets the same answer',
    );
    await resolveOrganisation(test.context.db, 'example.test', now + 5_000);
    assert.equal(test.queries.count, lookUps, 'kept for a while (the port and case do not matter)');
    await Promise.all(Array.from({ length: 40 }, () => resolveOrganisation(test.context.db, 'example.test', now + 11_000)));
    assert.equal(test.queries.count, 2 * lookUps, 'read again once, for all forty, after it expired');
  });

  it('does not keep a look-up that failed: the next request tries again', async () => {
    forgetResolvedOrganisations();
    const broken = {
      selectFrom: () => ({
        innerJoin: () => {
          throw new Error('database away');
        },
      }),
    } as unknown as TestApp['context']['db'];
    await assert.rejects(resolveOrganisation(broken, 'failing.test'), /database away/);
    assert.ok(await resolveOrganisation(test.context.db, 'failing.test'), 'the next one reads the database again');
  });
});
